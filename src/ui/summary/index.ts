// The summary page's components; the entry wires store, policy, i18n, downloads and print.
export { CallList } from './call-list';
export { CallSummary } from './call-summary';
export type { CallListProps, CallSummaryProps } from './types';
export { PrintView } from './print-view';
export { ProgressView } from './progress-view';
export type { ProgressViewProps } from './progress-view';
