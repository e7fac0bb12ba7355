// Loads a platform fixture renderer into jsdom and runs the real capture controller against it.
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { startCapture } from '../../src/captions/capture.ts';
import type { CaptionHealth, Utterance } from '../../src/captions/types.ts';
import { normWord } from '../../src/captions/segmenter.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export const URLS = {
  meet: 'https://meet.google.com/abc-defg-hij',
  teams: 'https://teams.microsoft.com/v2/',
  zoom: 'https://app.zoom.us/wc/123456789/join',
  jitsi: 'https://meet.jit.si/ClinicRoom42',
} as const;
export type Platform = keyof typeof URLS;

export interface Step {
  speaker?: string;
  text?: string;
  self?: boolean;
  do?: string;
  [k: string]: unknown;
}
export interface Script {
  setup?: Record<string, unknown>;
  steps: Step[];
}
export interface Expected {
  speaker: string;
  text: string;
  self: boolean;
}
interface Fixture {
  play(script: Script, opts?: Record<string, unknown>): Promise<void>;
  scripts: Record<string, Script>;
  expected(script: Script): Expected[];
  state(): { inCall: boolean; cc: boolean };
}

export function loadFixture(platform: Platform, url: string = URLS[platform]): { dom: JSDOM; fixture: Fixture } {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url, runScripts: 'outside-only', pretendToBeVisual: true });
  dom.window.eval(readFileSync(join(FIXTURES, platform, 'render.js'), 'utf8'));
  const fixture = (dom.window as unknown as { __fixture: Fixture }).__fixture;
  return { dom, fixture };
}

export interface RunResult {
  all: Utterance[]; // every emission, in order (revisions included)
  finals: Utterance[]; // latest revision per id, ordered by first emission
  health: CaptionHealth['state'][];
  ended: number;
  expected: Expected[];
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Plays `script` on `platform` with fast timings, then waits for finalisation (or call end). */
export async function runScenario(
  platform: Platform,
  script: Script | string,
  opts: { selfNames?: string[]; stableMs?: number; url?: string; playOpts?: Record<string, unknown>; before?: (f: Fixture) => Promise<void> } = {},
): Promise<RunResult> {
  const { dom, fixture } = loadFixture(platform, opts.url);
  const s = typeof script === 'string' ? fixture.scripts[script]! : script;
  const all: Utterance[] = [];
  const health: CaptionHealth['state'][] = [];
  let ended = 0;
  const ac = new AbortController();
  // Generous next to the fixtures' word pace, so a loaded CI machine that stalls the event loop does
  // not finalise a block mid-sentence (that would be a test artefact, not a capture bug).
  const stableMs = opts.stableMs ?? 600;
  startCapture({
    doc: dom.window.document,
    url: opts.url ?? URLS[platform],
    selfNames: opts.selfNames ?? ['Dr. Alice Smith'],
    stableMs,
    pollMs: 30,
    throttleMs: 0,
    onUtterance: (u) => all.push(u),
    onHealth: (h) => health.push(h.state),
    onCallEnded: () => ended++,
    signal: ac.signal,
  });
  await opts.before?.(fixture);
  await fixture.play(s, { wordMs: 12, stepMs: 40, speed: 2, ...opts.playOpts });
  await sleep(stableMs * 2 + 150);
  ac.abort();
  dom.window.close();
  return { all, finals: latest(all), health, ended, expected: fixture.expected(s) };
}

export function latest(all: readonly Utterance[]): Utterance[] {
  const byId = new Map<string, Utterance>();
  for (const u of all) {
    const prev = byId.get(u.id);
    if (!prev || u.revision > prev.revision) byId.set(u.id, u);
  }
  return [...byId.values()];
}

export const words = (t: string): string[] => t.split(/\s+/).map(normWord).filter(Boolean);

/** The word stream with its speaker, for checks that must not depend on where utterances split. */
export function stream(items: ReadonlyArray<{ speaker: string; text: string }>): string[] {
  return items.flatMap((u) => words(u.text).map((w) => `${u.speaker}|${w}`));
}

/**
 * The guarantees every scenario must keep: each (id, revision) emitted once with revisions counting
 * up by one, the spoken words all there exactly once, in order, with the right speaker; roles
 * derived from the fixture's self flags (self → clinician, first other → patient, rest → other).
 */
export function checkGuarantees(r: RunResult, opts: { exactUtterances?: boolean } = {}): void {
  const seen = new Set<string>();
  const lastRev = new Map<string, number>();
  for (const u of r.all) {
    const key = `${u.id}#${u.revision}`;
    expect(seen.has(key), `duplicate emission ${key}`).toBe(false);
    seen.add(key);
    expect(u.revision).toBe((lastRev.get(u.id) ?? -1) + 1);
    lastRev.set(u.id, u.revision);
    expect(u.endMs).toBeGreaterThanOrEqual(u.startMs);
  }
  expect(stream(r.finals)).toEqual(stream(r.expected));
  const selfNames = new Set(r.expected.filter((e) => e.self).map((e) => e.speaker));
  const firstOther = r.expected.find((e) => !e.self)?.speaker;
  for (const u of r.finals) {
    const want = selfNames.has(u.speaker) ? 'clinician' : u.speaker === firstOther ? 'patient' : 'other';
    expect(u.role, `${u.speaker}`).toBe(want);
  }
  if (opts.exactUtterances) {
    expect(r.finals.map((u) => `${u.speaker}|${u.text}`)).toEqual(r.expected.map((e) => `${e.speaker}|${e.text}`));
  }
}
