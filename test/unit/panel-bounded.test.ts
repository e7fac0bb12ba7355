// The side panel does not grow with the call: the model the worker pushes and the DOM the panel
// renders are the same size after 600 utterances as after 150 (the feed and the goal / task lists
// are windows onto the newest items, with whole-call counts), while the test hooks stay on the
// newest rows. Real parts: the call service, the coach, toPanelModel and the Panel component.
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallService, type CallDeps } from '../../src/calls/call-service';
import type { LiveCall } from '../../src/calls/live-call';
import { boundedTally, toPanelModel } from '../../src/calls/panel-model';
import type { Utterance } from '../../src/captions/types';
import type { Classification, Label } from '../../src/classifier/labels';
import { LABELS } from '../../src/classifier/labels';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';
import { lookupFromMessages } from '../../src/ui/common/i18n';
import { FEED_MAX, Panel, type PanelModel } from '../../src/ui/panel';
import { EVIDENCE_MAX, TALLY_MAX } from '../../src/ui/panel/model';
import { newest } from '../../src/ui/panel/window';

const en = lookupFromMessages(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));

// Clinician lines cycle through labels that make goals and tasks, so the tally grows with the call.
const CYCLE: Label[] = ['goal_setting', 'question', 'task_agreement', 'empathic_reflection', 'other'];

function liveCall() {
  let call: LiveCall | null = null;
  const deps: CallDeps = {
    now: () => 1000,
    load: async () => call,
    save: async (c) => void (call = c),
    remove: async () => void (call = null),
    classify: async (text): Promise<Classification> => {
      const label = CYCLE[Number(/\d+/.exec(text)![0]) % CYCLE.length]!;
      return { label, scores: Object.fromEntries(LABELS.map((l) => [l, l === label ? 0.9 : 0.1 / 6])) as Classification['scores'], confidence: 0.9, unsure: false, lang: 'en', langReliable: true };
    },
    coachSettings: async () => DEFAULT_COACH_SETTINGS,
    publish: () => undefined,
    finish: async () => undefined,
    checkpoint: async () => undefined,
  };
  const s = new CallService(deps);
  let n = 0;
  return {
    get: () => call!,
    /** `k` more turns: a patient line, then a clinician line (each 4 s). */
    async talk(k: number) {
      for (let i = 0; i < k; i++, n++) {
        const t = 10_000 + n * 8000;
        const u = (id: string, role: Utterance['role'], text: string, at: number): Utterance => ({ id: `c-${id}`, speaker: role === 'clinician' ? 'You' : 'Pat', role, text, startMs: at, endMs: at + 3500, revision: 0 });
        await s.utterance(1, 'meet', 'k', u(`${2 * n}`, 'patient', `I want to sleep better, line ${n}.`, t));
        await s.utterance(1, 'meet', 'k', u(`${2 * n + 1}`, 'clinician', `Let us agree on a plan for that, number ${n}.`, t + 4000));
      }
    },
  };
}

describe('newest (the panel window)', () => {
  it('keeps the newest items, oldest first, and counts the rest', () => {
    expect(newest([1, 2, 3, 4, 5], 2)).toEqual({ shown: [4, 5], earlier: 3 });
    expect(newest([1, 2], 5)).toEqual({ shown: [1, 2], earlier: 0 });
    expect(newest([1, 2], 0)).toEqual({ shown: [], earlier: 2 });
    expect(newest([], 3)).toEqual({ shown: [], earlier: 0 });
  });
});

describe('boundedTally', () => {
  it('keeps the first evidence line and the newest ones, and whole-call counts', () => {
    const ev = (n: number) => Array.from({ length: n }, (_, i) => ({ utteranceId: `u${i}`, why: 'assent' as const, role: 'patient' as const, speaker: 'Pat', text: `line ${i}` }));
    const item = (i: number, state: 'proposed' | 'agreed') => ({ id: `goal:${i}`, kind: 'goal' as const, text: `goal ${i}`, state, proposedBy: 'clinician' as const, evidence: ev(10) });
    const goals = Array.from({ length: TALLY_MAX + 3 }, (_, i) => item(i, i % 2 ? 'agreed' : 'proposed'));
    const view = { paused: false, coachingEnabled: true, prompt: null, ack: null, goals, tasks: [], counts: { empathy: 0, sympathy: 0, affirmations: 0 },
      bond: { value: -1, builds: 0, wears: 1, windowMin: 10, totalChanges: 1, changes: [{ kind: 'lecture-run' as const, delta: -1, value: -1, evidence: ev(9) }] } };
    const { coach, tally } = boundedTally(view);
    expect(tally).toEqual({ goals: { total: TALLY_MAX + 3, agreed: Math.floor((TALLY_MAX + 3) / 2) }, tasks: { total: 0, agreed: 0 } });
    expect(coach.goals.map((g) => g.id)).toEqual(goals.slice(3).map((g) => g.id));
    expect(coach.goals[0]!.evidence.map((e) => e.utteranceId)).toEqual(['u0', 'u5', 'u6', 'u7', 'u8', 'u9']);
    expect(coach.bond.changes[0]!.evidence).toHaveLength(EVIDENCE_MAX);
    expect(view.goals[0]!.evidence).toHaveLength(10); // the coach's view is not changed
  });
});

describe('bounded side panel over a long call', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const show = (m: PanelModel) => {
    render(h(Panel, { model: m, getMessage: en, onPromptAction: vi.fn(), onPause: vi.fn(), onSpeakerRole: vi.fn() }), root);
    for (const d of Array.from(root.querySelectorAll<HTMLDetailsElement>('details.ac-more'))) d.open = true;
  };
  const dom = () => ({
    nodes: root.getElementsByTagName('*').length,
    rows: root.querySelectorAll('.ac-feed li[data-role]').length,
    items: root.querySelectorAll('li[data-item-id]').length,
  });

  it('renders the same DOM at 600 utterances as at 150, with the hooks on the newest rows and whole-call counts', async () => {
    const c = liveCall();
    await c.talk(75);
    const early = toPanelModel(c.get(), { state: 'ready' }, 10_000 + 75 * 8000);
    show(early);
    const at150 = dom();
    expect(c.get().coach.utterances).toHaveLength(150);
    expect(at150.rows).toBe(FEED_MAX);

    await c.talk(225);
    const call = c.get();
    const late = toPanelModel(call, { state: 'ready' }, 10_000 + 300 * 8000);
    show(late);
    const at600 = dom();
    expect(call.coach.utterances).toHaveLength(600);

    // What the worker pushes is a window: the newest FEED_MAX lines and TALLY_MAX goals / tasks.
    expect(late.feed).toHaveLength(FEED_MAX);
    expect(late.feedEarlier).toBe(600 - FEED_MAX);
    expect(late.feed.at(-1)!.id).toBe(call.coach.utterances.at(-1)!.id);
    const goals = call.coach.tally.goals.length;
    const tasks = call.coach.tally.tasks.length;
    expect(goals).toBeGreaterThan(TALLY_MAX); // the call really outgrows the window
    expect(late.coach.goals.length).toBeLessThanOrEqual(TALLY_MAX);
    expect(late.coach.tasks.length).toBeLessThanOrEqual(TALLY_MAX);
    for (const x of [...late.coach.goals, ...late.coach.tasks, ...late.coach.bond.changes]) expect(x.evidence.length).toBeLessThanOrEqual(EVIDENCE_MAX);
    expect(late.tally?.goals.total).toBe(goals);
    expect(late.tally?.tasks.total).toBe(tasks);
    // The message the worker posts does not grow with the call either (within a few digits).
    expect(JSON.stringify(late).length).toBeLessThan(JSON.stringify(early).length * 1.1);

    // The DOM is bounded: same rows, same goal / task items, same node count as at 150.
    expect(at600.rows).toBe(FEED_MAX);
    expect(at600.items).toBeLessThanOrEqual(2 * TALLY_MAX);
    expect(at600.nodes).toBeLessThanOrEqual(at150.nodes + 4); // the "N earlier" notes appear

    // Hooks: the newest rows carry data-role / data-label, the strip counts the whole call.
    const rows = Array.from(root.querySelectorAll<HTMLElement>('.ac-feed li[data-role]'));
    const last = call.coach.utterances.at(-1)!;
    expect(rows.at(-1)!.dataset.utteranceId).toBe(last.id);
    expect(rows.at(-1)!.getAttribute('data-role')).toBe('clinician');
    expect(rows.at(-1)!.getAttribute('data-label')).toBe(last.label);
    expect(rows.at(-2)!.getAttribute('data-role')).toBe('patient');
    expect(root.querySelector('[data-pillar="goals"]')!.getAttribute('data-value')).toBe(String(goals));
    expect(root.querySelector('[data-pillar="tasks"]')!.getAttribute('data-value')).toBe(String(tasks));
    expect(root.querySelector('[data-feed-earlier]')!.getAttribute('data-feed-earlier')).toBe(String(600 - FEED_MAX));
    // The feed is a keyboard-scrollable list, not a live region (captions are not read aloud).
    const list = root.querySelector('.ac-feed-list')!;
    expect(list.getAttribute('tabindex')).toBe('0');
    expect(list.closest('[aria-live]')).toBeNull();
  }, 60_000);
});
