export { OptionsPage, GROUPS } from './options-page';
export { SettingRow } from './setting-row';
export { ProblemList } from './problem-list';
export { AboutData } from './about-data';
export type { OptionsPageProps, Translate } from './types';
