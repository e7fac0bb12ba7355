// Best-effort de-identification of caption text for exports. It is NOT HIPAA Safe Harbor: spelled-
// out numbers, lower-case names, names at the start of a sentence that no speaker carries, places
// and rare identifiers can slip through. Every de-identified export states this (DEIDENTIFIED_NOTICE).
// Over-masking is preferred to leaking: a masked weekday costs little, a leaked name costs a lot.
import type { Role } from '../captions/types';
import type { CallRecord } from './record';

export const DEIDENTIFIED_NOTICE =
  'De-identified on a best-effort basis: speaker names were replaced by roles, and numbers, dates, ' +
  'emails, phone numbers, web addresses and likely names were masked. This is not a guaranteed ' +
  'de-identification (for example spelled-out numbers or lower-case names may remain); review it before sharing.';

export const MASK = {
  email: '[EMAIL]',
  url: '[URL]',
  phone: '[PHONE]',
  date: '[DATE]',
  number: '[NUMBER]',
  name: '[NAME]',
} as const;

const ROLE_WORD: Record<Role, string> = { clinician: 'Clinician', patient: 'Patient', other: 'Other' };

// Letters and digits in any script, so "José" or "Zoë" are one word.
const W = String.raw`\p{L}\p{M}\p{N}`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’-]*`;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
// Seven or more digits with phone-like separators; checked for digit count in the replacer.
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/gu;
const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const ORD = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATE_NUMERIC = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/gu;
// "March 3rd, 2024", "3 March", "the 3rd of March 2024"; a month with a day or year next to it.
const DATE_MONTH_FIRST = new RegExp(String.raw`\b(?:${MONTHS})\.?\s+${ORD}(?:,?\s+\d{4})?\b|\b(?:${MONTHS})\.?,?\s+\d{4}\b`, 'gu');
const DATE_DAY_FIRST = new RegExp(String.raw`\b${ORD}\s+(?:of\s+)?(?:${MONTHS})\b\.?(?:,?\s+\d{4})?`, 'giu');
// A bare month name (not "May", which is usually the verb) still narrows a date: mask it.
const BARE_MONTH = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/gu;
// Not inside a word ("A1c" is a lab test, not an identifier); a trailing full stop stays so the
// next sentence start is still seen.
const NUMBER = /(?<![\p{L}])\d+(?:[,.:]\d+)*/gu;
const TITLES = ['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Prof', 'Doctor', 'Nurse', 'Sister', 'Father', 'St'];
const TITLE = new RegExp(
  String.raw`\b(${TITLES.join('|')})(\.?)\s+${CAP_WORD}(?:\s+${CAP_WORD})?`,
  'gu',
);
// A capitalised word not preceded by a letter or "[" (so masks are not re-masked).
const CAPITALISED = new RegExp(String.raw`(?<![${W}\[])${CAP_WORD}`, 'gu');
// Capitalised words that are not names even mid-sentence; titles stay so "Dr. [NAME]" keeps its sense.
const NOT_NAMES = new Set(['I', "I'm", 'I’m', "I'll", 'I’ll', "I've", 'I’ve', "I'd", 'I’d', 'OK', 'Okay', ...TITLES]);
// Short all-capital tokens are acronyms (MRI, ER, A1C), not names.
const ACRONYM = /^[\p{Lu}\p{N}]{2,5}$/u;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the match at `index` starts the text or a sentence (after . ! ? or a line break). */
function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“‘(]/u.test(text[i] ?? '')) i--;
  return i < 0 || /[.!?…\n]/u.test(text[i] ?? '');
}

/** Name tokens of the known speakers, each mapped to the mask for its role. */
export function nameMasks(speakers: readonly { speaker: string; role: Role }[]): Map<string, string> {
  const masks = new Map<string, string>();
  for (const { speaker, role } of speakers) {
    for (const token of speaker.split(/[\s,()]+/u)) {
      const key = token.replace(/[.]/g, '').toLowerCase();
      if (key.length < 2 || TITLES.some((t) => t.toLowerCase() === key)) continue;
      const mask = `[${ROLE_WORD[role].toUpperCase()}]`;
      const prev = masks.get(key);
      // A token shared by speakers of different roles (a family name) says only "a name".
      masks.set(key, prev && prev !== mask ? MASK.name : mask);
    }
  }
  return masks;
}

/** Masks identifiers in one piece of text. `names` comes from nameMasks(). */
export function deidentifyText(text: string, names: ReadonlyMap<string, string> = new Map()): string {
  let t = text.replace(EMAIL, MASK.email).replace(URL_RE, MASK.url);
  // Numeric dates before phones: 2024-03-12 has eight digits and separators, like a phone number.
  t = t.replace(DATE_NUMERIC, MASK.date);
  t = t.replace(PHONE, (m) => ((m.match(/\d/g)?.length ?? 0) >= 7 ? MASK.phone : m));
  t = t.replace(DATE_MONTH_FIRST, MASK.date).replace(DATE_DAY_FIRST, MASK.date);
  t = t.replace(BARE_MONTH, MASK.date).replace(NUMBER, MASK.number);
  // Titles before the sentence-start rule: the full stop of "Dr." must not shield the name after it.
  t = t.replace(TITLE, (_m, title: string, dot: string) => `${title}${dot} ${MASK.name}`);
  // Known speaker names first (any case, any position): they are certain, the heuristics are not.
  const tokens = [...names.keys()].sort((a, b) => b.length - a.length);
  if (tokens.length > 0) {
    const re = new RegExp(String.raw`(?<![${W}])(?:${tokens.map(escapeRe).join('|')})(?![${W}])`, 'giu');
    t = t.replace(re, (m) => names.get(m.toLowerCase()) ?? MASK.name);
  }
  t = t.replace(CAPITALISED, (m, offset: number, whole: string) =>
    NOT_NAMES.has(m) || ACRONYM.test(m) || atSentenceStart(whole, offset) ? m : MASK.name,
  );
  return t;
}

/**
 * Stable aliases for speakers: "Clinician", "Patient", then "Patient 2" for a second patient, in
 * order of first appearance, so a reader can still follow who said what.
 */
export function speakerAliases(speakers: readonly { speaker: string; role: Role }[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const perRole: Record<Role, number> = { clinician: 0, patient: 0, other: 0 };
  for (const { speaker, role } of speakers) {
    if (aliases.has(speaker)) continue;
    perRole[role] += 1;
    const n = perRole[role];
    aliases.set(speaker, n === 1 ? ROLE_WORD[role] : `${ROLE_WORD[role]} ${n}`);
  }
  return aliases;
}

// ---- whole records ----

/**
 * A de-identified copy of a record: speaker names become role aliases, every free text is masked
 * (or dropped when `keepText` is false: labels and metrics only), the call id is withheld and the
 * wall-clock times are cut to the start of the year (dates are identifiers; the duration stays).
 */
export function deidentifyRecord(record: CallRecord, opts: { keepText: boolean }): CallRecord {
  const aliases = speakerAliases(record.utterances);
  const names = nameMasks(record.utterances);
  const mask = (t: string | undefined): string | undefined => (t === undefined || !opts.keepText ? undefined : deidentifyText(t, names));
  const year = Date.UTC(new Date(record.startedAt).getUTCFullYear(), 0, 1);
  const strip = <T extends { text?: string }>(x: T): T => {
    const { text, ...rest } = x;
    const masked = mask(text);
    return (masked === undefined ? rest : { ...rest, text: masked }) as T;
  };
  return {
    ...record,
    callId: 'deidentified',
    startedAt: year,
    endedAt: year + (record.endedAt - record.startedAt),
    utterances: record.utterances.map((u) => ({ ...strip(u), speaker: aliases.get(u.speaker) ?? u.role })),
    tally: { ...record.tally, goals: record.tally.goals.map(strip), tasks: record.tally.tasks.map(strip) },
    prompts: record.prompts.map((p) => {
      const { reasonSubs, suggestionSubs, ...rest } = p;
      if (!opts.keepText) return rest;
      return {
        ...rest,
        ...(reasonSubs ? { reasonSubs: reasonSubs.map((s) => deidentifyText(s, names)) } : {}),
        ...(suggestionSubs ? { suggestionSubs: suggestionSubs.map((s) => deidentifyText(s, names)) } : {}),
      };
    }),
    disputes: Object.fromEntries(
      Object.entries(record.disputes).map(([id, d]) => {
        const note = mask(d.note);
        return [id, note === undefined ? { label: d.label, atMs: year } : { label: d.label, note, atMs: year }];
      }),
    ),
    transcriptStored: record.transcriptStored && opts.keepText,
  };
}
