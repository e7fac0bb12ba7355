// Which display names may be remembered as the clinician's own (stored in settings, used on later
// calls). Only a name the clinician confirmed: one they picked in the panel that is really a speaker
// of this call. Never a platform's label for the local user ("You", "Ty", "Du", ...), never a name
// with a platform decoration, never anything read from the page by itself. Pure.
import { normName } from '../captions/roles';
import { MEET_SELF_ALIASES } from '../captions/platforms/meet';
import type { LiveCall } from './live-call';

const ALIASES = new Set(MEET_SELF_ALIASES.map((a) => normName(a)));

export function confirmedSelfName(call: Pick<LiveCall, 'coach'> | null, picked: string): string | null {
  const name = picked.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!call || name.length < 2 || name.length > 200) return null;
  if (ALIASES.has(normName(name)) || normName(name) !== name.toLowerCase()) return null; // alias or "(Host)"-style decoration
  return call.coach.utterances.some((u) => u.speaker.normalize('NFKC').replace(/\s+/g, ' ').trim() === name) ? name : null;
}
