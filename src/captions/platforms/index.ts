// The platform adapters, in the order they are tried. Add a platform by adding its file here.
import { jitsi } from './jitsi.ts';
import { meet } from './meet.ts';
import type { PlatformAdapter } from './shared.ts';
import { teams } from './teams.ts';
import { zoom } from './zoom.ts';

export type { CaptionRoot, CaptionsHint, PlatformAdapter, ReadContext } from './shared.ts';

export const PLATFORMS: readonly PlatformAdapter[] = [meet, teams, zoom, jitsi];

/** The adapter for a call page URL, or null (landing pages and unknown sites). Never throws. */
export function adapterForUrl(url: string): PlatformAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return PLATFORMS.find((p) => p.matchesUrl(parsed)) ?? null;
}
