// What the side panel shows in safety mode (pure). Holds no caption text.
import { defaultCrisisKey, type SafetyConfig } from './crisis';
import { activeEpisode } from './state';
import type { ChecklistItem, RiskCategory, SafetyState } from './types';

export interface SafetyView {
  episodeId: string;
  category: RiskCategory;
  via: 'statement' | 'context';
  triggerId: string;
  ticked: ChecklistItem[];
  /** The clinic's crisis line text, or '' to show the message `crisisKey`. */
  crisisText: string;
  crisisKey: string;
  procedureSteps: string[];
}

export type SafetyPanelConfig = Pick<SafetyConfig, 'crisisText' | 'procedureSteps'> & { uiLanguage: string };

export const DEFAULT_SAFETY_PANEL_CONFIG: SafetyPanelConfig = { crisisText: '', procedureSteps: [], uiLanguage: 'en-US' };

export function safetyView(state: SafetyState | undefined, config: SafetyPanelConfig): SafetyView | null {
  const e = activeEpisode(state);
  if (!e) return null;
  return {
    episodeId: e.id,
    category: e.category,
    via: e.via,
    triggerId: e.triggerId,
    ticked: [...e.ticked],
    crisisText: config.crisisText,
    crisisKey: defaultCrisisKey(config.uiLanguage),
    procedureSteps: [...config.procedureSteps],
  };
}
