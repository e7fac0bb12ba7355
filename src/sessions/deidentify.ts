// Best-effort de-identification of caption text for exports. It is NOT HIPAA Safe Harbor and it
// cannot be: captions are free speech, and a name nobody capitalises, a rare place or an unusual
// identifier can slip through. Every de-identified export says so plainly (DEIDENTIFIED_NOTICE).
// Over-masking is preferred to leaking: a masked weekday costs little, a leaked name costs a lot.
//
// Two layers. Patterns first, for what has a shape (emails, web addresses with or without a scheme,
// phone numbers, digits, numeric dates, street addresses, Spanish number words and months). Then
// the `compromise` NLP library (with compromise-dates) for what needs a lexicon and context: names
// in any case and at the start of a sentence, spelled-out numbers and dates, places. Text in a script
// without letter case (Chinese, Japanese, Arabic, Hebrew, Thai, Devanagari, ...) cannot be checked
// for names by either layer, so it is removed whole ([TEXT]).
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { CallRecord } from './record';
import { NAME_MASK, nameMasks, speakerAliases } from './aliases';

export { nameMasks, speakerAliases } from './aliases';

nlp.plugin(datesPlugin as never);

export const DEIDENTIFIED_NOTICE =
  'Masking is best effort, not a guarantee. Speaker names were replaced by roles, and names, places, ' +
  'street addresses, dates, numbers (also spelled out), emails, phone numbers and web addresses were ' +
  'masked automatically; text in scripts without capital letters (such as Chinese) was removed. ' +
  'Some identifiers may remain: review the text before sharing it.';

export const MASK = {
  email: '[EMAIL]',
  url: '[URL]',
  phone: '[PHONE]',
  date: '[DATE]',
  number: '[NUMBER]',
  name: NAME_MASK,
  place: '[PLACE]',
  address: '[ADDRESS]',
  text: '[TEXT]',
} as const;

// Letters and digits in any script, so "José" or "Zoë" are one word.
const W = String.raw`\p{L}\p{M}\p{N}`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’-]*`;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Spoken: "maria at gmail dot com".
const EMAIL_SPOKEN = /[\p{L}\p{N}._-]+\s+(?:at|arroba)\s+[\p{L}\p{N}-]+\s+(?:dot|punto)\s+\p{L}{2,}\b/giu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
// A web address without a scheme: labels joined by dots, ending in a 2+ letter top-level label
// ("mariagomez.com", "clinic.example.org/x"). "a.m." and "e.g." end in one letter and stay.
const BARE_DOMAIN = /(?<![\p{L}\p{N}@.])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?(?![\p{L}\p{N}])/gu;
const URL_SPOKEN = /[\p{L}\p{N}-]+\s+(?:dot|punto)\s+(?:com|org|net|edu|gov|io|info|es|mx|co|us|uk)\b/giu;
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
const ES_MONTH = /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/giu;
// Not inside a word ("A1c" is a lab test, not an identifier); a trailing full stop stays so the
// next sentence start is still seen.
const NUMBER = /(?<![\p{L}])\d+(?:[,.:]\d+)*/gu;
// Spanish number words (compromise reads English only). "un/uno/una" alone are articles, so they
// count only next to another number word.
const ES_NUM_WORD =
  'cero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\\p{L}+cientos|\\p{L}+cientas|quinientos|mil|millón|millones|primero|segundo|tercero';
const ES_NUMBER = new RegExp(
  String.raw`\b(?:(?:un|uno|una)\s+(?:y\s+)?)?(?:${ES_NUM_WORD})(?:\s+(?:y\s+)?(?:${ES_NUM_WORD}|un|uno|una)\b)*\b`,
  'giu',
);
// A street: one word before a street-type word ("elm street", "[NUMBER] Oak Ave"), or a Spanish
// street-type word before its name ("calle de la Paz", "avenida Juárez").
const STREET_EN =
  /(?:\[NUMBER\]\s+)?(?<![\p{L}])[\p{L}][\p{L}'’-]*\s+(?:street|avenue|ave|road|rd|lane|ln|drive|boulevard|blvd|court|ct|place|pl|way|terrace|highway|hwy|parkway|circle)\b\.?/giu;
const STREET_ES = /\b(?:calle|avenida|av\.|camino|carrera|paseo|plaza|colonia|barrio)\s+(?:(?:de|del|la|las|los|el)\s+)*[\p{L}\[\]][\p{L}\p{N}'’\]-]*/giu;
const TITLES = ['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Prof', 'Doctor', 'Nurse', 'Sister', 'Father', 'St', 'Dra', 'Sr', 'Sra', 'Srta', 'Don', 'Doña'];
const TITLE = new RegExp(String.raw`\b(${TITLES.join('|')})(\.?)\s+${CAP_WORD}(?:\s+${CAP_WORD})?`, 'gu');
// A capitalised word not preceded by a letter or "[" (so masks are not re-masked).
const CAPITALISED = new RegExp(String.raw`(?<![${W}\[])${CAP_WORD}`, 'gu');
// Capitalised words that are not names even mid-sentence; titles stay so "Dr. [NAME]" keeps its sense.
const NOT_NAMES = new Set(['I', "I'm", 'I’m', "I'll", 'I’ll', "I've", 'I’ve', "I'd", 'I’d', 'OK', 'Okay', ...TITLES]);
// Short all-capital tokens are acronyms (MRI, ER, A1C), not names; the NLP layer still checks them.
const ACRONYM = /^[\p{Lu}\p{N}]{2,4}$/u;
// Letters of scripts without case (Lo), except the Spanish ordinal indicators º ª.
const UNCASED = /[^\P{Lo}ªº][^\P{Lo}ªº\p{M}\p{N}\s·・、，。]*(?:[\s·・、，。]*[^\P{Lo}ªº][^\P{Lo}ªº\p{M}\p{N}\s·・、，。]*)*/gu;
const MASK_TOKEN = /\[(?:EMAIL|URL|PHONE|DATE|NUMBER|NAME|PLACE|ADDRESS|TEXT|CLINICIAN|PATIENT|OTHER)\]/gu;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the match at `index` starts the text or a sentence (after . ! ? or a line break). */
function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“‘(¿¡]/u.test(text[i] ?? '')) i--;
  return i < 0 || /[.!?…\n]/u.test(text[i] ?? '');
}

interface Span { start: number; end: number; mask: string }

type Doc = ReturnType<typeof nlp>;
/** The one method spansOf needs of any compromise view. */
type View = { json(opts: object): unknown };
type Json = Array<{ offset?: { start: number; length: number }; terms?: Array<{ text: string; tags?: string[] }> }>;

const LEADING_TITLE = new RegExp(String.raw`^(?:(?:${TITLES.join("|")})(?:\.?\s+|\.?$))+`, "u");

function spansOf(view: View, mask: string, keep?: (text: string) => boolean, source?: string): Span[] {
  const out: Span[] = [];
  for (const m of view.json({ offset: true }) as Json) {
    if (!m.offset || m.offset.length === 0) continue;
    const text = (m.terms ?? []).map((t) => t.text).join(' ');
    if (keep && !keep(text)) continue;
    let start = m.offset.start;
    const end = start + m.offset.length;
    // "Mrs. [NAME]": the title stays readable, only the name is masked.
    if (source && mask === MASK.name) start += LEADING_TITLE.exec(source.slice(start, end))?.[0].length ?? 0;
    out.push({ start, end, mask });
  }
  return out;
}

const HAS_NUMBERISH = /\d|\[NUMBER\]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|\p{L}+th)\b/iu;
const HAS_MONTH = new RegExp(String.raw`\b(?:${MONTHS})\b`, 'iu');

/** The NLP layer: names, places, spelled-out numbers and dates that compromise recognises. */
function nlpSpans(text: string): Span[] {
  const doc = nlp(text);
  const spans: Span[] = [
    ...spansOf(doc.people(), MASK.name, undefined, text),
    ...spansOf(doc.match('(#FirstName|#LastName)'), MASK.name, undefined, text),
    ...spansOf(doc.places(), MASK.place),
    // Relative dates ("today", "next week") identify no one; a date with a day, month or year does.
    ...spansOf((doc as Doc & { dates(): View }).dates(), MASK.date, (s) => HAS_MONTH.test(s) || HAS_NUMBERISH.test(s)),
    ...spansOf(doc.numbers(), MASK.number, (s) => !/^\[?[A-Z]+\]?$/u.test(s)),
    ...spansOf(doc.match('#Url'), MASK.url),
    ...spansOf(doc.match('#Email'), MASK.email),
    ...spansOf(doc.match('#PhoneNumber'), MASK.phone),
  ];
  return spans;
}

/** Replaces spans (longest first when they overlap), never cutting into an existing mask. */
function applySpans(text: string, spans: Span[]): string {
  const masks = [...text.matchAll(MASK_TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const clean = spans
    .map((s) => {
      // Trim to the text the span covers, without trailing punctuation or spaces.
      let { start, end } = s;
      while (end > start && /[\s.,;:!?"'’”)]/u.test(text[end - 1] ?? '')) end--;
      while (start < end && /[\s"'‘“(]/u.test(text[start] ?? '')) start++;
      return { ...s, start, end };
    })
    .filter((s) => s.end > s.start)
    .filter((s) => !masks.some((m) => s.start < m.end && m.start < s.end && !(s.start <= m.start && s.end >= m.end)))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const chosen: Span[] = [];
  for (const s of clean) if (!chosen.some((c) => s.start < c.end && c.start < s.end)) chosen.push(s);
  chosen.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of chosen) out = out.slice(0, s.start) + s.mask + out.slice(s.end);
  return out;
}

/** Runs of one mask ("[NUMBER] [NUMBER]", "[NUMBER] of [DATE] [NUMBER]") become one. */
function collapse(t: string): string {
  let prev: string;
  do {
    prev = t;
    t = t
      .replace(/\[NUMBER\](?:(?:\s*[-–]\s*|\s+(?:and\s+|y\s+)?)\[NUMBER\])+/gu, MASK.number)
      .replace(/(?:(?:the\s+|el\s+)?\[NUMBER\]\s+(?:of\s+|de\s+)?)?\[DATE\](?:,?\s+(?:of\s+|de\s+|del\s+)?\[(?:NUMBER|DATE)\])*/giu, (m) =>
        /^(?:the|el)\s/iu.test(m) ? m.replace(/^(\S+\s+)[\s\S]*$/u, `$1${MASK.date}`) : MASK.date,
      )
      .replace(/\[(NAME|PLACE)\](?:\s+\[\1\])+/gu, '[$1]');
  } while (t !== prev);
  return t;
}

/** Masks identifiers in one piece of text. `names` comes from nameMasks(). */
export function deidentifyText(text: string, names: ReadonlyMap<string, string> = new Map()): string {
  let t = text.normalize('NFC');
  t = t.replace(UNCASED, MASK.text);
  t = t.replace(EMAIL, MASK.email).replace(EMAIL_SPOKEN, MASK.email);
  t = t.replace(URL_RE, MASK.url).replace(BARE_DOMAIN, MASK.url).replace(URL_SPOKEN, MASK.url);
  // Numeric dates before phones: 2024-03-12 has eight digits and separators, like a phone number.
  t = t.replace(DATE_NUMERIC, MASK.date);
  t = t.replace(PHONE, (m) => ((m.match(/\d/g)?.length ?? 0) >= 7 ? MASK.phone : m));
  t = t.replace(DATE_MONTH_FIRST, MASK.date).replace(DATE_DAY_FIRST, MASK.date);
  t = t.replace(BARE_MONTH, MASK.date).replace(ES_MONTH, MASK.date).replace(NUMBER, MASK.number);
  t = t.replace(ES_NUMBER, (m) => (/^(?:un|uno|una)$/iu.test(m.trim()) ? m : MASK.number));
  t = t.replace(STREET_ES, MASK.address).replace(STREET_EN, MASK.address);
  // Titles before the sentence-start rule: the full stop of "Dr." must not shield the name after it.
  t = t.replace(TITLE, (_m, title: string, dot: string) => `${title}${dot} ${MASK.name}`);
  // Known speaker names first (any case, any position): they are certain, the heuristics are not.
  const tokens = [...names.keys()].sort((a, b) => b.length - a.length);
  if (tokens.length > 0) {
    const re = new RegExp(String.raw`(?<![${W}])(?:${tokens.map(escapeRe).join('|')})(?![${W}])`, 'giu');
    t = t.replace(re, (m) => names.get(m.toLowerCase()) ?? MASK.name);
  }
  t = applySpans(t, nlpSpans(t));
  // Capitalised words mid-sentence that the lexicon did not know are taken for names too.
  t = t.replace(CAPITALISED, (m, offset: number, whole: string) =>
    NOT_NAMES.has(m) || ACRONYM.test(m) || atSentenceStart(whole, offset) ? m : MASK.name,
  );
  return collapse(t);
}

// ---- whole records ----

/**
 * A de-identified copy of a record: speaker names become role aliases, every free text is masked
 * (or dropped when `keepText` is false: labels and metrics only), the call id is withheld, the
 * wall-clock times are cut to the start of the year (dates are identifiers; the duration stays), the
 * call's clock starts at 0, and every id (utterance, goal, task, prompt, dispute) is replaced by an
 * opaque one made for this export (ids were `${Date.now()}-n`: they carried the call's start time).
 */
export function deidentifyRecord(record: CallRecord, opts: { keepText: boolean }): CallRecord {
  const aliases = speakerAliases(record.utterances);
  const names = nameMasks(record.utterances);
  const mask = (t: string | undefined): string | undefined => (t === undefined || !opts.keepText ? undefined : deidentifyText(t, names));
  const year = Date.UTC(new Date(record.startedAt).getUTCFullYear(), 0, 1);
  const t0 = record.clock.startMs;
  const ms = (x: number): number => x - t0;

  // Opaque ids, in order of appearance. Ids embedded in other strings (`goal:<utteranceId>`, prompt
  // trigger keys) are rewritten with the same map.
  const idMap = new Map<string, string>();
  record.utterances.forEach((u, i) => idMap.set(u.id, `u${i + 1}`));
  record.prompts.forEach((p, i) => idMap.set(p.id, `p${i + 1}`));
  const known = [...idMap.keys()].sort((a, b) => b.length - a.length);
  const anyId = known.length > 0 ? new RegExp(known.map(escapeRe).join('|'), 'gu') : null;
  const id = (s: string): string => idMap.get(s) ?? (anyId ? s.replace(anyId, (m) => idMap.get(m) ?? m) : s).replace(/\d{6,}/gu, 'x');
  const ids = (xs: readonly string[]): string[] => xs.map(id);

  const strip = <T extends { text?: string }>(x: T): Omit<T, 'text'> & { text?: string } => {
    const { text, ...rest } = x;
    const masked = mask(text);
    return masked === undefined ? rest : { ...rest, text: masked };
  };
  const item = (g: CallRecord['tally']['goals'][number]) => ({
    ...strip(g),
    id: id(g.id),
    evidence: g.evidence.map((e) => ({ ...e, utteranceId: id(e.utteranceId) })),
  });
  return {
    ...record,
    callId: 'deidentified',
    startedAt: year,
    endedAt: year + (record.endedAt - record.startedAt),
    clock: { startMs: 0, endMs: ms(record.clock.endMs) },
    utterances: record.utterances.map((u) => ({
      ...strip(u),
      id: id(u.id),
      speaker: aliases.get(u.speaker) ?? u.role,
      startMs: ms(u.startMs),
      endMs: ms(u.endMs),
    })),
    tally: {
      goals: record.tally.goals.map(item),
      tasks: record.tally.tasks.map(item),
      bond: {
        value: record.tally.bond.value,
        changes: record.tally.bond.changes.map((c) => ({ ...c, atMs: ms(c.atMs), utteranceIds: ids(c.utteranceIds) })),
      },
    },
    prompts: record.prompts.map((p) => {
      const { reasonSubs, suggestionSubs, endedMs, ...rest } = p;
      const base = {
        ...rest,
        id: id(p.id),
        key: id(p.key),
        causeIds: ids(p.causeIds),
        beforeIds: ids(p.beforeIds),
        afterIds: ids(p.afterIds),
        shownMs: ms(p.shownMs),
        expiresMs: ms(p.expiresMs),
        ...(endedMs !== undefined ? { endedMs: ms(endedMs) } : {}),
      };
      if (!opts.keepText) return base;
      return {
        ...base,
        ...(reasonSubs ? { reasonSubs: reasonSubs.map((s) => deidentifyText(s, names)) } : {}),
        ...(suggestionSubs ? { suggestionSubs: suggestionSubs.map((s) => deidentifyText(s, names)) } : {}),
      };
    }),
    disputes: Object.fromEntries(
      Object.entries(record.disputes).map(([uid, d]) => {
        const note = mask(d.note);
        return [id(uid), note === undefined ? { label: d.label, atMs: year } : { label: d.label, note, atMs: year }];
      }),
    ),
    transcriptStored: record.transcriptStored && opts.keepText,
  };
}
