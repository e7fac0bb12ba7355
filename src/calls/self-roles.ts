// When the clinician tells the panel which speaker they are (Teams, Zoom and Jitsi label your own
// captions with your display name, which the extension cannot always know), roles are worked out
// again for the whole call with the same rule the content script uses (src/captions/roles.ts):
// self names are the clinician, the first other speaker is the patient, later ones are "other".
// A speaker the content script already knew as the clinician (Meet's "You") stays the clinician.
import { createRoleBook } from '../captions/roles';
import type { Role, Utterance } from '../captions/types';

export function rolesWithSelf(utterances: readonly Utterance[], selfNames: readonly string[]): Map<string, Role> {
  const book = createRoleBook({ selfNames });
  const roles = new Map<string, Role>();
  for (const u of [...utterances].sort((a, b) => a.startMs - b.startMs)) {
    // Never ask the book about a known clinician: it would take them for the first other speaker.
    roles.set(u.id, u.role === 'clinician' ? 'clinician' : book.roleOf(u.speaker));
  }
  return roles;
}
