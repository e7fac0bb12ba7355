// Literal message keys for values that come from data (labels, health states, …). Written out in
// full, never built with template strings, so the locale test can find every key by scanning.
import type { CaptionHealth, PlatformId } from '../../captions/types';
import type { Label } from '../../classifier/labels';
import type { BondChangeKind, EvidenceView, TallyState } from '../../coach/types';
import type { ModelStatus } from '../../messaging/protocol';

export const LABEL_KEYS: Record<Label, string> = {
  empathic_reflection: 'panel_label_empathic_reflection',
  sympathy: 'panel_label_sympathy',
  lecture: 'panel_label_lecture',
  goal_setting: 'panel_label_goal_setting',
  task_agreement: 'panel_label_task_agreement',
  question: 'panel_label_question',
  other: 'panel_label_other',
};

export const HEALTH_KEYS: Record<CaptionHealth['state'], string> = {
  waiting: 'panel_health_waiting',
  'captions-off': 'panel_health_captions_off',
  capturing: 'panel_health_capturing',
  'layout-unknown': 'panel_health_layout_unknown',
};

/** How to turn captions on, per platform (shown when captions are off). */
export const HINT_KEYS: Record<PlatformId, string> = {
  meet: 'panel_hint_meet',
  teams: 'panel_hint_teams',
  zoom: 'panel_hint_zoom',
  jitsi: 'panel_hint_jitsi',
};

/** Product names: not translated. */
export const PLATFORM_NAMES: Record<PlatformId, string> = {
  meet: 'Google Meet',
  teams: 'Microsoft Teams',
  zoom: 'Zoom',
  jitsi: 'Jitsi Meet',
};

export const MODEL_KEYS: Record<ModelStatus['state'], string> = {
  loading: 'panel_model_loading',
  ready: 'panel_model_ready',
  failed: 'panel_model_failed',
};

export const STATE_KEYS: Record<TallyState, string> = {
  proposed: 'panel_state_proposed',
  agreed: 'panel_state_agreed',
};

export const BOND_KEYS: Record<BondChangeKind, string> = {
  'empathic-reflection': 'panel_bond_empathic_reflection',
  affirmation: 'panel_bond_affirmation',
  sympathy: 'panel_bond_sympathy',
  'lecture-run': 'panel_bond_lecture_run',
  'talk-dominance': 'panel_bond_talk_dominance',
};

export const WHY_KEYS: Record<EvidenceView['why'], string> = {
  proposed: 'panel_why_proposed',
  elicited: 'panel_why_elicited',
  'patient-proposed': 'panel_why_patient_proposed',
  assent: 'panel_why_assent',
  confirmed: 'panel_why_confirmed',
  'empathic-reflection': 'panel_why_reflection',
  affirmation: 'panel_why_affirmation',
  sympathy: 'panel_why_sympathy',
  'lecture-run': 'panel_why_lecture',
  'talk-dominance': 'panel_why_talk',
  context: 'panel_why_context',
};
