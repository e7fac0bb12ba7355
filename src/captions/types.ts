// Shapes shared by the platform adapters, the segmenter and the rest of the extension.

export type PlatformId = 'meet' | 'teams' | 'zoom' | 'jitsi';

/** Who spoke, from the clinician's point of view. */
export type Role = 'clinician' | 'patient' | 'other';

/**
 * One caption block as an adapter reads it right now. `blockKey` identifies the visual block
 * (Meet speaker turn, Teams list item, Zoom panel row, Jitsi paragraph) for as long as it shows the
 * same utterance; recycled elements get a new key.
 */
export interface CaptionSnapshot {
  blockKey: string;
  speaker: string;
  text: string;
  /**
   * The row's own label where the platform shows one (the time on a Zoom transcript row): a row
   * shown again by another element has the same stamp, and rows with different stamps are different.
   */
  stamp?: string;
}

/** A finished (or corrected) utterance. A correction re-sends the same `id` with `revision` + 1. */
export interface Utterance {
  id: string;
  speaker: string;
  role: Role;
  text: string;
  startMs: number;
  endMs: number;
  revision: number;
}

/** What the side panel says about capture on this tab. */
export type CaptionHealth =
  | { state: 'waiting' } // call page open, not in the call yet
  | { state: 'captions-off' } // in the call, no caption root found
  | { state: 'capturing' }
  | { state: 'layout-unknown' }; // in the call, caption-like UI present but not parseable
