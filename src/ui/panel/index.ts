// Public surface of the side panel UI for the entry (src/entries/sidepanel).
export { Panel } from './panel';
export { FEED_MAX, type PanelModel, type PanelProps } from './model';
export { lookupFromMessages, type MessageLookup } from '../common/i18n';
