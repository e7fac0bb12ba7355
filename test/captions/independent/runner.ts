// The runner for the independent scenario sets (independent/, independent2/): drives each scenario's
// page in jsdom against the public capture API, with small real delays, and checks what a user would
// expect (every word once, right speaker and role, one utterance per turn, the call's end).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { startCapture } from '../../../src/captions/capture.ts';
import type { CaptionHealth, Utterance } from '../../../src/captions/types.ts';
import type { Expected, Page, Scenario } from './kit.ts';

const STABLE_MS = 600;
/** Quiet time after the last mutation; generous because the box is a loaded 2-core machine. */
const SETTLE_MS = 2500;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const loose = (s: string) => norm(s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' '));

interface Run {
  finals: Utterance[];
  all: Utterance[];
  health: CaptionHealth['state'][];
  endedBeforeLeave: number;
  endedAfterLeave: number;
}

async function runScenario(s: Scenario): Promise<Run> {
  const dom = new JSDOM(`<!doctype html><html><head><title>call</title></head><body>${s.body}</body></html>`, {
    url: s.url,
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Window & typeof globalThis;
  const page: Page = { win, doc: win.document, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
  s.prepare?.(page);
  const all: Utterance[] = [];
  const health: CaptionHealth['state'][] = [];
  let ended = 0;
  const ac = new AbortController();
  const handle = startCapture({
    doc: win.document,
    url: s.url,
    selfNames: s.selfNames,
    ...(s.productTiming ? {} : { stableMs: STABLE_MS, pollMs: 30, throttleMs: 0 }),
    signal: ac.signal,
    onUtterance: (u) => all.push({ ...u }),
    onHealth: (h) => health.push(h.state),
    onCallEnded: () => ended++,
  });
  expect(handle, 'startCapture should accept the call URL').not.toBeNull();
  try {
    await page.sleep(300);
    await s.play(page);
    await page.sleep(SETTLE_MS);
    const endedBeforeLeave = ended;
    s.leave(page);
    for (let i = 0; i < 100 && ended === 0; i++) await page.sleep(50);
    // Latest revision per id, in first-emission order.
    const order: string[] = [];
    const latest = new Map<string, Utterance>();
    for (const u of all) {
      if (!latest.has(u.id)) order.push(u.id);
      const prev = latest.get(u.id);
      if (!prev || u.revision >= prev.revision) latest.set(u.id, u);
    }
    return { finals: order.map((id) => latest.get(id)!), all, health, endedBeforeLeave, endedAfterLeave: ended };
  } finally {
    ac.abort();
    win.close();
  }
}

/** Consecutive same-speaker entries are merged: platforms may split one turn over blocks/items. */
function merge<T extends { speaker: unknown; text: string }>(xs: T[], same: (a: T, b: T) => boolean): T[] {
  const out: T[] = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (last && same(last, x)) out[out.length - 1] = { ...last, text: `${last.text} ${x.text}` };
    else out.push({ ...x });
  }
  return out;
}

function speakerMatches(spec: Expected['speaker'], name: string, keys: Map<string, string>): boolean {
  if (typeof spec === 'string') return spec === name;
  if (Array.isArray(spec)) return spec.includes(name);
  const bound = keys.get(spec.key);
  if (bound !== undefined) return bound === name;
  if ([...keys.values()].includes(name)) return false; // another key already owns this name
  keys.set(spec.key, name);
  return true;
}

function describeList(xs: { speaker: unknown; role?: string; text: string }[]) {
  return xs.map((x) => `  [${JSON.stringify(x.speaker)}${x.role ? `/${x.role}` : ''}] ${x.text}`).join('\n');
}

function check(s: Scenario, r: Run) {
  const t = s.loose ? loose : norm;
  const got = merge(r.finals.map((u) => ({ ...u, text: norm(u.text) })), (a, b) => a.speaker === b.speaker && a.role === b.role);
  const report = `\nexpected:\n${describeList(s.expected)}\ngot:\n${describeList(got)}\nall emissions:\n${r.all.map((u) => `  ${u.id}#${u.revision} [${u.speaker}/${u.role}] ${u.text}`).join('\n')}\nhealth: ${r.health.join(' → ')}`;

  expect(r.health, `health should reach capturing${report}`).toContain('capturing');
  expect(r.endedBeforeLeave, `call ended before leaving${report}`).toBe(0);
  expect(r.endedAfterLeave, `leaving should end the call${report}`).toBeGreaterThan(0);

  for (const f of s.forbidden ?? []) {
    for (const u of r.all) expect(u.text.includes(f), `"${f}" leaked into ${u.speaker}: ${u.text}${report}`).toBe(false);
  }
  // A text said twice is a duplicate unless the scenario has it said that often ("Yes." as two turns).
  const allowed = new Map<string, number>();
  for (const e of s.expected) allowed.set(t(e.text), (allowed.get(t(e.text)) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const x of r.finals.map((u) => t(u.text)).filter(Boolean)) {
    seen.set(x, (seen.get(x) ?? 0) + 1);
    expect(seen.get(x)!, `duplicate utterance "${x}"${report}`).toBeLessThanOrEqual(Math.max(1, allowed.get(x) ?? 0));
  }

  if (s.textOnly) {
    expect(t(got.map((g) => g.text).join(' ')), report).toBe(t(s.expected.map((e) => e.text).join(' ')));
    return;
  }
  const want = merge(s.expected, (a, b) => JSON.stringify(a.speaker) === JSON.stringify(b.speaker));
  expect(got.length, `utterance count${report}`).toBe(want.length);
  const keys = new Map<string, string>();
  want.forEach((w, i) => {
    const g = got[i]!;
    expect(speakerMatches(w.speaker, g.speaker, keys), `speaker #${i}${report}`).toBe(true);
    if (w.role) expect(g.role, `role #${i}${report}`).toBe(w.role);
    expect(t(g.text), `text #${i}${report}`).toBe(t(w.text));
  });
}

/** Registers one describe block per platform, its scenarios run concurrently. */
export function runScenarioGroups(label: string, groups: [string, Scenario[]][]) {
  for (const [platform, list] of groups) {
    describe.concurrent(`${label} ${platform}`, () => {
      for (const s of list) {
        // A hang guard, not a budget: a 60-second monologue plays for ~75 s, and a round's scenarios
        // all run at once on a machine that also trains the safety model.
        it(s.name, async () => check(s, await runScenario(s)), 180_000);
      }
    });
  }
}
