// Every message between extension contexts, declared once, typed, and validated on arrival.
// Names say the direction: cs = content script, bg = service worker (or Firefox background page),
// panel = side panel / summary / options pages, off = offscreen document (the classifier host).
// Caption text and speaker names are capped in length here so a hostile page cannot flood memory.
import * as v from 'valibot';
import { LABELS } from '../classifier/labels';
import { CHECKLIST_ITEMS } from '../safety/types';

export const MAX_TEXT = 20_000;
export const MAX_NAME = 200;

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const name = v.pipe(v.string(), v.maxLength(MAX_NAME));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(120));
const ms = v.pipe(v.number(), v.finite());
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const PlatformSchema = v.picklist(['meet', 'teams', 'zoom', 'jitsi']);
export const RoleSchema = v.picklist(['clinician', 'patient', 'other']);
export const LabelSchema = v.picklist(LABELS);

export const UtteranceSchema = v.strictObject({
  id,
  speaker: name,
  role: RoleSchema,
  text,
  startMs: ms,
  endMs: ms,
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const HealthSchema = v.variant('state', [
  v.strictObject({ state: v.literal('waiting') }),
  v.strictObject({ state: v.literal('captions-off') }),
  v.strictObject({ state: v.literal('capturing') }),
  v.strictObject({ state: v.literal('layout-unknown') }),
]);

/** Content script -> service worker (runtime.sendMessage; the response is the ack). */
export const CsToBgSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('cs/hello'), platform: PlatformSchema, callKey: id }),
  v.strictObject({ kind: v.literal('cs/health'), platform: PlatformSchema, callKey: id, health: HealthSchema }),
  v.strictObject({ kind: v.literal('cs/utterance'), platform: PlatformSchema, callKey: id, utterance: UtteranceSchema }),
  v.strictObject({ kind: v.literal('cs/call-ended'), platform: PlatformSchema, callKey: id, reason: v.picklist(['left', 'silence', 'unload']) }),
]);
export type CsToBg = v.InferOutput<typeof CsToBgSchema>;

/** Side panel (or summary) -> service worker, over a long-lived port named PANEL_PORT. */
export const PanelToBgSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('panel/subscribe'), tabId }),
  v.strictObject({ kind: v.literal('panel/prompt'), tabId, promptId: id, action: v.picklist(['dismiss', 'snooze', 'helpful']) }),
  v.strictObject({ kind: v.literal('panel/pause'), tabId, paused: v.boolean() }),
  v.strictObject({ kind: v.literal('panel/end-call'), tabId }),
  // The coach's clock (prompt expiry, "no goal after N minutes") while a panel is watching.
  v.strictObject({ kind: v.literal('panel/tick'), tabId }),
  // "This speaker is me": Teams, Zoom and Jitsi caption you under your display name.
  v.strictObject({ kind: v.literal('panel/self-name'), tabId, name: v.pipe(name, v.minLength(1)) }),
  // Live correction of who is who; relabels the call.
  v.strictObject({ kind: v.literal('panel/speaker-role'), tabId, name: v.pipe(name, v.minLength(1)), as: v.picklist(['me', 'patient', 'interpreter', 'family']) }),
  // Safety mode: tick (or untick) a checklist item; close safety mode (only the clinician can).
  v.strictObject({ kind: v.literal('panel/safety-item'), tabId, item: v.picklist(CHECKLIST_ITEMS), checked: v.boolean() }),
  v.strictObject({ kind: v.literal('panel/safety-close'), tabId }),
]);
export type PanelToBg = v.InferOutput<typeof PanelToBgSchema>;

/**
 * Service worker -> offscreen document, over the long-lived port OFFSCREEN_PORT in the PortRequest
 * envelope. A port, not runtime.sendMessage: a sendMessage is delivered to every extension page
 * (an open side panel or options page would receive each clinician line just to ignore it), and
 * it took the offscreen document more work per line (bench/README.md "Classify tail, round 7").
 */
export const OFFSCREEN_PORT = 'alliance-classifier';
export const BgToOffSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('off/classify'), text, context: text }),
  v.strictObject({ kind: v.literal('off/status') }),
]);
export type BgToOff = v.InferOutput<typeof BgToOffSchema>;

const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
export const ScoresSchema = v.strictObject(
  Object.fromEntries(LABELS.map((l) => [l, score])) as Record<(typeof LABELS)[number], typeof score>,
);
export const ClassifyReplySchema = v.variant('ok', [
  v.strictObject({
    ok: v.literal(true), label: LabelSchema, scores: ScoresSchema, confidence: score, unsure: v.boolean(),
    lang: v.optional(v.pipe(v.string(), v.maxLength(8))), langReliable: v.optional(v.boolean()), ms: v.number(),
  }),
  v.strictObject({ ok: v.literal(false), error: v.string() }),
]);
export type ClassifyReply = v.InferOutput<typeof ClassifyReplySchema>;

export const ModelStatusSchema = v.strictObject({
  state: v.picklist(['loading', 'ready', 'failed']),
  error: v.optional(v.string()),
  loadMs: v.optional(v.number()),
  /** Set once the JIT warm-up after loading has finished (classifier/warm-up.ts): calls made, wall time. */
  warmUp: v.optional(v.strictObject({ calls: v.number(), ms: v.number() })),
});
export type ModelStatus = v.InferOutput<typeof ModelStatusSchema>;

export const PANEL_PORT = 'alliance-panel';

/**
 * Service worker -> content scripts of live calls and open panels, once per worker start: a port
 * to a stopped worker does not always report closing (Chromium 156: test/e2e/reliability-restart),
 * so a holder of a port opened before `bootAt` drops it and re-sends what it had in flight.
 */
export const RestartNoticeSchema = v.strictObject({ kind: v.literal('bg/restarted'), bootAt: v.pipe(v.number(), v.finite()) });
export type RestartNotice = v.InferOutput<typeof RestartNoticeSchema>;

/** Manifest `commands` name that blanks every open panel to a neutral screen, or brings it back. */
export const BLANK_COMMAND = 'toggle-blank';
/**
 * Content script -> service worker captions over one long-lived port (a port message costs the call
 * page far less than a runtime.sendMessage, which opens a channel per message). Each request
 * carries a number; the worker answers `{ n, reply }` with what sendMessage would have returned.
 * The offscreen port (OFFSCREEN_PORT) uses the same envelope.
 */
export const CS_PORT = 'alliance-captions';
export const PortRequestSchema = v.strictObject({ n: v.pipe(v.number(), v.integer(), v.minValue(0)), msg: v.unknown() });
export const PortReplySchema = v.strictObject({ n: v.pipe(v.number(), v.integer(), v.minValue(0)), reply: v.unknown() });
export type PortReply = v.InferOutput<typeof PortReplySchema>;

/**
 * PortReplySchema as a plain check, for the call page: an ack arrives there for every utterance,
 * and valibot's safeParse (result and path objects per call) was most of the ack listener's time in
 * the page profile. Accepts exactly what the schema accepts of anything a port can deliver (JSON
 * values; test/unit/protocol-fuzz.test.ts compares the two).
 */
export function isPortReply(raw: unknown): raw is PortReply {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const n = (raw as { n?: unknown }).n;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || !('reply' in raw)) return false;
  for (const k in raw) if (k !== 'n' && k !== 'reply') return false;
  return true;
}

export function parse<T extends v.GenericSchema>(schema: T, input: unknown): v.InferOutput<T> | null {
  const r = v.safeParse(schema, input);
  return r.success ? r.output : null;
}
