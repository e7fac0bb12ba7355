// Speaker names -> role aliases and role masks. Kept apart from deidentify.ts so the service worker
// (record.ts) does not bundle the NLP library that masking caption text needs.
import type { Role } from '../captions/types';

export const ROLE_WORD: Record<Role, string> = { clinician: 'Clinician', patient: 'Patient', other: 'Other' };

export const NAME_MASK = '[NAME]';

// Tokens of a display name that are not a name: platform labels for the local user ("You" on Meet,
// in every UI language we know of), decorations ("(Host)") and titles. Masking them in the text
// would turn every "you" into [CLINICIAN].
const NOT_NAME_TOKENS = new Set(
  [
    'you', 'вы', 'ты', 'tú', 'tu', 'usted', 'vous', 'toi', 'sie', 'du', 'voi', 'você', 'jij', 'u', 'ty', 'siz', 'sen', 'ön',
    'εσείς', 'ви', 'anda', 'kamu', 'saya', 'bạn', 'ikaw', 'kayo', 'me', 'moi', 'yo', 'ich', 'io', 'eu', 'ik', 'ja',
    'host', 'co-host', 'cohost', 'guest', 'organizer', 'organiser', 'presenter', 'external', 'unverified', 'anfitrión', 'invitado',
    'dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'doctor', 'nurse', 'sister', 'father', 'st', 'dra', 'sr', 'sra', 'srta',
    'the', 'and', 'of', 'de', 'del', 'la', 'el', 'los', 'las', 'y',
  ].map((s) => s.normalize('NFKC')),
);

/** Name tokens of the known speakers, each mapped to the mask for its role. */
export function nameMasks(speakers: readonly { speaker: string; role: Role }[]): Map<string, string> {
  const masks = new Map<string, string>();
  for (const { speaker, role } of speakers) {
    for (const token of speaker.normalize('NFKC').split(/[\s,()[\]]+/u)) {
      const key = token.replace(/[.]/g, '').toLowerCase();
      if (key.length < 2 || NOT_NAME_TOKENS.has(key)) continue;
      const mask = `[${ROLE_WORD[role].toUpperCase()}]`;
      const prev = masks.get(key);
      // A token shared by speakers of different roles (a family name) says only "a name".
      masks.set(key, prev && prev !== mask ? NAME_MASK : mask);
    }
  }
  return masks;
}

/** Aliases given so far and how many speakers of each role have one (speakerAliases as a fold). */
export interface AliasFold {
  readonly aliases: ReadonlyMap<string, string>;
  readonly perRole: Readonly<Record<Role, number>>;
}
export const NO_ALIASES: AliasFold = { aliases: new Map(), perRole: { clinician: 0, patient: 0, other: 0 } };

/**
 * Stable aliases for speakers: "Clinician", "Patient", then "Patient 2" for a second patient, in
 * order of first appearance, so a reader can still follow who said what.
 */
export function speakerAliases(speakers: readonly { speaker: string; role: Role }[]): Map<string, string> {
  return moreAliases(NO_ALIASES, speakers).aliases as Map<string, string>;
}

/** `fold` with the speakers of `speakers` not yet aliased given the next aliases (a new fold). */
export function moreAliases(fold: AliasFold, speakers: readonly { speaker: string; role: Role }[]): AliasFold {
  let aliases: Map<string, string> | null = null;
  const perRole = { ...fold.perRole };
  for (const { speaker, role } of speakers) {
    if ((aliases ?? fold.aliases).has(speaker)) continue;
    aliases ??= new Map(fold.aliases);
    perRole[role] += 1;
    const n = perRole[role];
    aliases.set(speaker, n === 1 ? ROLE_WORD[role] : `${ROLE_WORD[role]} ${n}`);
  }
  return aliases ? { aliases, perRole } : fold;
}
