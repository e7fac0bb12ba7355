// Who is who, from the clinician's point of view. Pure: no DOM, no browser API.
//
// The rule (kept deliberately simple so it is predictable and explainable in the panel):
//   1. A speaker whose name matches one of the self names is the clinician. Self names are the
//      platform's label for the local user (Meet "You" and its translations), the name read from
//      the page (Meet pre-join screen) and the names the user entered in the options.
//   2. If the user named the patient, that speaker is the patient and every other one is "other".
//   3. Otherwise the first non-self speaker who finishes an utterance is the patient, and every
//      later new speaker (interpreter, family member) is "other". A new speaker is the patient
//      renamed instead ("Fellow Jitster" -> "Héctor Quiñones") when the page lists its participants,
//      the patient's old name is no longer among them, the new one is, and nobody else has spoken.
// Names compare case- and (Latin) accent-insensitively after Unicode normalisation, whitespace folding and removal of
// decorations like " (You)", " (Me)", " (Host)" that some platforms append. A speaker shown only by
// initials (Zoom overlay without a participant tile) is self when the initials are those of a
// self name.
import type { Role } from './types.ts';

export interface RoleOptions {
  selfNames: readonly string[];
  patientName?: string;
  /**
   * The platform never decorates names (Meet): "Dr Lee (Host)" is a guest's chosen name and must
   * not match the self name "Dr Lee".
   */
  exactNames?: boolean;
  /** The participants' display names as the page lists them now, where the platform shows them (Jitsi). */
  present?: () => readonly string[];
}

export interface RoleBook {
  roleOf(speaker: string): 'clinician' | 'patient' | 'other';
  /** Adds a self name learnt later (e.g. the Meet pre-join name). */
  addSelfName(name: string): void;
}

export function normName(name: string, opts: { keepDecorations?: boolean } = {}): string {
  const n = name.normalize('NFKC');
  return (opts.keepDecorations ? n : n.replace(/\s*\((you|me|host|co-host|guest|organi[sz]er)\)\s*$/i, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// How clinics write the same person's name (blind round 26): a title before it, credentials after a
// comma, pronouns in brackets, or the directory's "Last, First". The options page may hold any of
// these forms and the page another ("Dr. Amara Okafor, MD" vs "Okafor, Amara").
const TITLE = /^(?:dr|dra|doctor|doctora|prof|professor|mr|mrs|ms|mx|miss|nurse|sr|sra|srta)\.?\s+/i;
const PRONOUNS = /\s*\((?:she|he|they|ze|xe|ella|el|él|elle|ellx)(?:\s*\/\s*[\p{L}]+)*\)/giu;
// Credentials are written in capitals ("MD", "FACP", "PA-C", "LCSW") or as the few mixed-case degrees.
const CREDENTIALS = /(?:,?\s+(?:[A-Z]{2,}(?:[-/][A-Z]{1,3})?|Ph\.?D|Psy\.?D|Pharm\.?D|MBChB|MBBS|M\.D|D\.O|R\.N)\.?)+\s*$/;
/**
 * A name reduced to the person: no title, credentials or pronouns, "Last, First" turned round, in
 * the book's comparison form. '' when fewer than two words are left (a first name alone is too
 * common to claim a speaker by).
 */
export function coreName(name: string): string {
  let n = name.normalize('NFKC').replace(PRONOUNS, '').trim().replace(CREDENTIALS, '').trim().replace(TITLE, '');
  const parts = n.split(',').map((x) => x.trim()).filter(Boolean);
  if (parts.length === 2 && !/\s/.test(parts[0]!)) n = `${parts[1]} ${parts[0]}`;
  else if (parts.length > 1) n = parts[0]!;
  const core = n.replace(TITLE, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return core.split(' ').length >= 2 ? core : '';
}

/** Initials a platform may show for a name: all words, first + last, first two ("DAS", "DS", "DA"). */
function initialsOf(name: string): string[] {
  const all = name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => (w[0] ?? '').toUpperCase());
  if (all.length < 2) return [];
  return [all.join(''), all[0]! + all[all.length - 1]!, all[0]! + all[1]!];
}

export function createRoleBook(opts: RoleOptions): RoleBook {
  const self = new Set<string>();
  const selfInitials = new Set<string>();
  // Latin accents folded for the book's own comparisons: a clinician who typed "dr. jose nunez" in
  // the options is "Dr. José Núñez" on the page. Only U+0300-U+036F: the marks of other scripts (Hindi
  // vowel signs, Japanese voicing marks) tell names apart. normName itself stays exact (self-names.ts
  // and the segmenter compare with it).
  const fold = (n: string): string => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const norm = (n: string): string => fold(normName(n, { keepDecorations: opts.exactNames === true }));
  // Core forms of the self names: where the platform decorates nothing itself (Meet), a guest's
  // chosen "Dr Lee (Host)" must not match "Dr Lee", so only other platforms read them.
  const selfCore = new Set<string>();
  const core = (n: string): string => (opts.exactNames === true ? '' : fold(coreName(n)));
  const add = (n: string): void => {
    const k = norm(n);
    if (!k) return;
    self.add(k);
    const c = core(n);
    if (c) selfCore.add(c);
    // A single letter is too ambiguous to claim, so only names of two words or more count. The
    // person's own initials count too: "Dr. Sarah Whitfield" may show as "SW" (blind round 27).
    for (const ini of [...initialsOf(n), ...initialsOf(coreName(n))]) selfInitials.add(ini);
  };
  opts.selfNames.forEach(add);
  const patient = opts.patientName ? fold(normName(opts.patientName)) : '';
  let firstOther: string | null = null;
  /** Names answered "patient" once: they stay the patient (revisions of their lines ask again). */
  const patients = new Set<string>();
  const others = new Set<string>();
  /** Who the page listed when the patient first spoke: a rename's new name was not among them. */
  let listedThen: Set<string> | null = null;
  const listed = (): string[] => (opts.present ? opts.present().map((n) => norm(n)) : []);
  /**
   * `k` is the patient renamed, not a new person: nobody else has spoken, and the list now holds `k`
   * and no longer the patient's old name. Either the list named the patient when they first spoke
   * and not `k` (renamed since), or it already showed `k` as the only other participant then (the
   * rename landed between the patient's first words and their first answer). A family member listed
   * beside the patient from the start is neither.
   */
  const renamedPatient = (k: string): boolean => {
    if (others.size > 0 || !listedThen) return false;
    const names = listed();
    if (!names.includes(k) || names.includes(firstOther!)) return false;
    if (listedThen.has(firstOther!)) return !listedThen.has(k);
    const rest = [...listedThen].filter((n) => n && !self.has(n));
    return rest.length === 1 && rest[0] === k;
  };

  return {
    addSelfName: (n) => {
      add(n);
      // The local user spoke before their name was read from the page: the next other speaker is the patient.
      if (firstOther !== null && self.has(firstOther)) patients.delete(firstOther), (firstOther = null);
    },
    roleOf(speaker) {
      const k = norm(speaker);
      if (k && self.has(k)) return 'clinician';
      if (selfCore.size > 0 && selfCore.has(core(speaker))) return 'clinician';
      if (/^\p{Lu}{2,3}$/u.test(speaker.trim()) && selfInitials.has(speaker.trim())) return 'clinician';
      if (patient) return k === patient ? 'patient' : 'other';
      if (patients.has(k)) return 'patient';
      if (others.has(k)) return 'other';
      if (firstOther === null || renamedPatient(k)) {
        if (firstOther === null && opts.present) listedThen = new Set(listed());
        firstOther = k;
        patients.add(k);
        return 'patient';
      }
      others.add(k);
      return 'other';
    },
  };
}

/**
 * The book as capture asks it: a speaker named by one of the platform's self labels (`aliases()`,
 * as the page shows them when the speaker is judged) is the clinician; the book answers the rest.
 */
export function withSelfLabels(book: RoleBook, aliases: () => readonly string[]): RoleBook {
  // Every emitted utterance and revision asks for its speaker's role, and name normalisation (NFKC,
  // regexes, per alias) was a visible part of delivering one: answers are kept per speaker until a
  // self name is learnt or the page's self labels change (the same list object while the UI
  // language is the same). The book only changes state on its first answer for a speaker, which
  // the cache does not skip, so its answers stay the same.
  const known = new Map<string, Role>();
  let knownFor: readonly string[] | null = null;
  return {
    addSelfName: (n) => {
      known.clear();
      book.addSelfName(n);
    },
    roleOf: (s) => {
      const labels = aliases();
      if (labels !== knownFor) known.clear(), (knownFor = labels);
      let role = known.get(s);
      if (role === undefined) {
        const k = normName(s, { keepDecorations: true });
        role = labels.some((a) => normName(a) === k) ? 'clinician' : book.roleOf(s);
        known.set(s, role);
      }
      return role;
    },
  };
}
