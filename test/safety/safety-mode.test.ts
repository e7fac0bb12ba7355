// Safety mode end to end in Node: the state reducer, the call service (coaching pauses, the mode
// stays until closed), the panel component (data-safety="active" only while shown, EN/ES), the
// stored record, the summary and the exports (a safety moment survives de-identification, without text).
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallService, type CallDeps } from '../../src/calls/call-service';
import type { LiveCall } from '../../src/calls/live-call';
import { toPanelModel } from '../../src/calls/panel-model';
import type { Utterance } from '../../src/captions/types';
import type { Classification, Label } from '../../src/classifier/labels';
import { LABELS } from '../../src/classifier/labels';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';
import { PanelToBgSchema, parse } from '../../src/messaging/protocol';
import { defaultCrisisKey } from '../../src/safety/crisis';
import { activeEpisode, reduceSafety } from '../../src/safety/state';
import { EMPTY_SAFETY } from '../../src/safety/types';
import { exportCall } from '../../src/sessions/export';
import { safetyMoments } from '../../src/sessions/safety-moments';
import { buildRecord } from '../../src/sessions/record';
import { lookupFromMessages, makeT } from '../../src/ui/common/i18n';
import { Panel } from '../../src/ui/panel';
import { SafetyMoments } from '../../src/ui/summary/safety-moments';

const enMsgs = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
const en = lookupFromMessages(enMsgs);
const es = lookupFromMessages(JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8')));

const utt = (id: string, role: Utterance['role'], text: string, t: number): Utterance => ({
  id, speaker: role === 'clinician' ? 'You' : 'Pat', role, text, startMs: t, endMs: t + 500, revision: 0,
});

function fakeDeps(label: Label = 'sympathy', safetyOn = true) {
  const stored = new Map<number, LiveCall>();
  const published: Array<LiveCall | null> = [];
  const deps: CallDeps = {
    now: () => 1000,
    load: async (tabId) => structuredClone(stored.get(tabId) ?? null),
    save: async (call) => void stored.set(call.tabId, structuredClone(call)),
    remove: async (tabId) => void stored.delete(tabId),
    classify: async (): Promise<Classification> => ({ label, scores: Object.fromEntries(LABELS.map((l) => [l, l === label ? 0.9 : 0.1 / 6])) as Classification['scores'], confidence: 0.9, unsure: false, lang: 'en', langReliable: true }),
    coachSettings: async () => ({ ...DEFAULT_COACH_SETTINGS, nudgeIntervalSec: 10 }),
    safetyEnabled: async () => safetyOn,
    publish: (call) => void published.push(call),
    finish: async () => undefined,
    checkpoint: async () => undefined,
  };
  return { deps, stored, published };
}

describe('safety state', () => {
  it('opens on a risk utterance, ticks, stays until closed, never twice for one utterance', () => {
    let s = reduceSafety(EMPTY_SAFETY, { type: 'patient-utterance', id: 'u1', text: 'this knee is killing me', atMs: 1 }, true);
    expect(s).toBe(EMPTY_SAFETY);
    s = reduceSafety(s, { type: 'patient-utterance', id: 'u2', text: 'everyone would be better off without me', atMs: 5 }, true);
    expect(activeEpisode(s)).toMatchObject({ triggerId: 'u2', category: 'suicidal', ticked: [] });
    s = reduceSafety(s, { type: 'tick-item', item: 'means', checked: true }, true);
    s = reduceSafety(s, { type: 'tick-item', item: 'thoughts', checked: true }, true);
    expect(activeEpisode(s)!.ticked).toEqual(['thoughts', 'means']);
    s = reduceSafety(s, { type: 'patient-utterance', id: 'u3', text: 'I want to die', atMs: 9 }, true);
    expect(s.episodes).toHaveLength(1);
    s = reduceSafety(s, { type: 'close', atMs: 20 }, true);
    expect(activeEpisode(s)).toBeNull();
    expect(reduceSafety(s, { type: 'patient-utterance', id: 'u2', text: 'everyone would be better off without me', atMs: 30 }, true)).toBe(s);
    expect(reduceSafety(EMPTY_SAFETY, { type: 'patient-utterance', id: 'x', text: 'I want to die', atMs: 1 }, false)).toBe(EMPTY_SAFETY);
  });
  it('reads the turn so far with a new utterance; the learned stage only on a short join', () => {
    const first = { ids: ['u1'], text: 'I wrote letters to my kids' };
    const short = reduceSafety(EMPTY_SAFETY, { type: 'patient-utterance', id: 'u2', text: 'saying goodbye.', earlier: first, atMs: 2 }, true);
    expect(activeEpisode(short)).toMatchObject({ triggerId: 'u2', joinedIds: ['u1'], category: 'suicidal' });
    expect(reduceSafety(EMPTY_SAFETY, { type: 'patient-utterance', id: 'u2', text: 'saying goodbye.', atMs: 2 }, true)).toBe(EMPTY_SAFETY);
    // An ordinary turn in two utterances (eval/safety/ordinary/) that the learned stage reads as risk
    // when joined (35 words): past the cap, so only the rules' reading of the join would count.
    const snore = { ids: ['u1'], text: "my wife says i snore like a tractor, she's been sleeping in the spare room" };
    const gasping = "i've been waking up gasping a couple of times, she said it sounds like i stop breathing for a bit";
    expect(reduceSafety(EMPTY_SAFETY, { type: 'patient-utterance', id: 'u2', text: gasping, earlier: snore, atMs: 2 }, true)).toBe(EMPTY_SAFETY);
  });
  it('defaults the crisis line by region', () => {
    expect(defaultCrisisKey('en-US')).toBe('panel_safety_crisis_us');
    expect(defaultCrisisKey('es-US')).toBe('panel_safety_crisis_us');
    expect(defaultCrisisKey('en-GB')).toBe('panel_safety_crisis_default');
    expect(defaultCrisisKey('es')).toBe('panel_safety_crisis_default');
  });
  it('accepts the typed panel messages and rejects bad ones', () => {
    expect(parse(PanelToBgSchema, { kind: 'panel/safety-item', tabId: 3, item: 'plan', checked: true })).not.toBeNull();
    expect(parse(PanelToBgSchema, { kind: 'panel/safety-close', tabId: 3 })).not.toBeNull();
    expect(parse(PanelToBgSchema, { kind: 'panel/safety-item', tabId: 3, item: 'nope', checked: true })).toBeNull();
    expect(parse(PanelToBgSchema, { kind: 'panel/safety-close', tabId: 3, extra: 1 })).toBeNull();
  });
});

describe('safety mode in the call service', () => {
  it('pauses coaching prompts while shown and resumes after close', async () => {
    const f = fakeDeps('sympathy');
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k', utt('a', 'patient', 'I feel so frustrated with all of this.', 1000));
    await s.utterance(1, 'meet', 'k', utt('b', 'patient', "Honestly I don't see the point of going on.", 2000));
    await s.utterance(1, 'meet', 'k', utt('c', 'clinician', "Oh no, that's terrible, you poor thing.", 3000));
    let call = f.stored.get(1)!;
    expect(activeEpisode(call.safety)).toMatchObject({ triggerId: 'b' });
    expect(call.coach.history.filter((p) => p.outcome === 'showing')).toEqual([]);
    let m = toPanelModel(call, { state: 'ready' }, 5000);
    expect(m.safety).toMatchObject({ category: 'suicidal', crisisKey: 'panel_safety_crisis_us' });
    expect(m.coach.prompt).toBeNull();
    await s.safetyEvent(1, { type: 'tick-item', item: 'thoughts', checked: true });
    await s.safetyEvent(1, { type: 'close', atMs: 9000 });
    call = f.stored.get(1)!;
    expect(activeEpisode(call.safety)).toBeNull();
    expect(call.safety!.episodes[0]).toMatchObject({ ticked: ['thoughts'], closedMs: 9000 });
    m = toPanelModel(call, { state: 'ready' }, 9000);
    expect(m.safety).toBeNull();
    expect(call.coach.coachingEnabled).toBe(true);
  });
  it('uses the clinician question before a "yes, sometimes"', async () => {
    const f = fakeDeps('question');
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k', utt('a', 'clinician', 'Have you had any thoughts of ending your life?', 1000));
    await s.utterance(1, 'meet', 'k', utt('b', 'patient', 'Yes, sometimes.', 2000));
    expect(activeEpisode(f.stored.get(1)!.safety)).toMatchObject({ via: 'context', triggerId: 'b' });
  });
  it('reads a disclosure the captions split in two as one turn, and shows it whole in the summary', async () => {
    const f = fakeDeps('question');
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k', utt('a', 'clinician', 'How have the evenings been?', 1000));
    await s.utterance(1, 'meet', 'k', utt('b', 'patient', 'Honestly, I have thought about', 2000));
    expect(f.stored.get(1)!.safety).toBeUndefined();
    await s.utterance(1, 'meet', 'k', utt('c', 'patient', 'ending it.', 3000));
    const call = f.stored.get(1)!;
    expect(activeEpisode(call.safety)).toMatchObject({ category: 'suicidal', triggerId: 'c', joinedIds: ['b'] });
    const record = buildRecord({ callId: call.callId, platform: 'meet', startedAt: 0, endedAt: 9000, endReason: 'left', state: call.coach, model: { version: 't', sha256: 'x'.repeat(64) }, safety: call.safety! }, { storeTranscript: true });
    expect(safetyMoments(record)[0]!.triggerText).toBe('Honestly, I have thought about ending it.');
  });
  it('does not join across the clinician, and never re-opens on words that already opened it', async () => {
    const f = fakeDeps('question');
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k', utt('a', 'patient', 'Honestly, I have thought about', 1000));
    await s.utterance(1, 'meet', 'k', utt('b', 'clinician', 'Go on.', 2000));
    await s.utterance(1, 'meet', 'k', utt('c', 'patient', 'ending it.', 3000));
    expect(f.stored.get(1)!.safety).toBeUndefined();
    await s.utterance(1, 'meet', 'k', utt('d', 'patient', 'I want to die.', 4000));
    await s.safetyEvent(1, { type: 'close', atMs: 5000 });
    await s.utterance(1, 'meet', 'k', utt('e', 'patient', 'But not lately, it has been better.', 6000));
    expect(f.stored.get(1)!.safety!.episodes).toHaveLength(1);
  });
  it('does nothing when the clinic turned safety mode off, or for clinician speech', async () => {
    const f = fakeDeps('question', false);
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k', utt('a', 'patient', 'I want to die.', 1000));
    expect(f.stored.get(1)!.safety).toBeUndefined();
    const g = fakeDeps('question');
    const t = new CallService(g.deps);
    await t.utterance(1, 'meet', 'k', utt('a', 'clinician', 'Some people tell me they want to die.', 1000));
    expect(g.stored.get(1)!.safety).toBeUndefined();
  });
});

describe('safety panel', () => {
  let root: HTMLElement;
  beforeEach(() => { root = document.createElement('div'); document.body.appendChild(root); });
  afterEach(() => { render(null, root); root.remove(); });

  async function liveModel() {
    const f = fakeDeps('question');
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k', utt('a', 'patient', "I've been looking at the pills.", 1000));
    return { call: f.stored.get(1)!, s, f };
  }

  it('carries data-safety="active" only while shown, above the prompt area; ticks and closes', async () => {
    const { call } = await liveModel();
    const onSafetyItem = vi.fn();
    const onSafetyClose = vi.fn();
    const show = (m: ReturnType<typeof toPanelModel>, getMessage = en) =>
      render(h(Panel, { model: m, getMessage, onPromptAction: vi.fn(), onPause: vi.fn(), onSafetyItem, onSafetyClose }), root);
    show(toPanelModel(null, { state: 'ready' }, 0));
    expect(root.querySelectorAll('[data-safety]')).toHaveLength(0);
    show(toPanelModel(call, { state: 'ready' }, 0, undefined, undefined, { crisisText: '', procedureSteps: ['Stay with the patient.', 'Call the on-call psychiatrist <b>now</b>.'], uiLanguage: 'en-US' }));
    const box = root.querySelector('[data-safety]')!;
    expect(root.querySelectorAll('[data-safety]')).toHaveLength(1);
    expect(box.getAttribute('data-safety')).toBe('active');
    // Above the prompt area, which stays in the DOM (a live region) and says coaching is paused.
    const region = root.querySelector('[role="status"]')!;
    expect(box.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(region.textContent).toContain(en('panel_paused_note'));
    expect(box.querySelectorAll('input[type="checkbox"][data-safety-item]')).toHaveLength(5);
    expect(box.textContent).toContain('988');
    // Policy text is rendered as text, never markup.
    expect(box.querySelector('b')).toBeNull();
    expect(box.textContent).toContain('Call the on-call psychiatrist <b>now</b>.');
    (box.querySelector('[data-safety-item="plan"]') as HTMLInputElement).click();
    expect(onSafetyItem).toHaveBeenCalledWith('plan', true);
    (box.querySelector('[data-action="safety-close"]') as HTMLButtonElement).click();
    expect(onSafetyClose).toHaveBeenCalled();
    // The clinic's own crisis text wins; Spanish strings exist.
    show(toPanelModel(call, { state: 'ready' }, 0, undefined, undefined, { crisisText: 'Crisis team: ext 4455', procedureSteps: [], uiLanguage: 'en-GB' }), es);
    expect(root.querySelector('[data-safety]')!.textContent).toContain('Crisis team: ext 4455');
    expect(root.querySelector('[data-safety]')!.textContent).toContain(es('panel_safety_close'));
    show(toPanelModel(call, { state: 'ready' }, 0, undefined, undefined, { crisisText: '', procedureSteps: [], uiLanguage: 'es-MX' }), es);
    expect(root.querySelector('[data-safety]')!.textContent).toContain(es('panel_safety_crisis_default'));
  });

  it('shows the safety moment in the summary, and the exports keep it (de-identified: no text)', async () => {
    const { call, s, f } = await liveModel();
    await s.safetyEvent(1, { type: 'tick-item', item: 'means', checked: true });
    const live = f.stored.get(1)!;
    const record = buildRecord({ callId: live.callId, platform: 'meet', startedAt: 0, endedAt: 60_000, endReason: 'left', state: live.coach, model: { version: 't', sha256: 'x'.repeat(64) }, safety: live.safety! }, { storeTranscript: true });
    expect(call.safety).toBeDefined();
    render(h(SafetyMoments, { record, t: makeT(en) }), root);
    const moment = root.querySelector('[data-safety-moment]')!;
    expect(moment.querySelector('[data-item="means"]')!.getAttribute('data-ticked')).toBe('true');
    expect(moment.querySelector('[data-item="plan"]')!.getAttribute('data-ticked')).toBe('false');
    expect(moment.textContent).toContain("I've been looking at the pills.");

    const policy = { exportsAllowed: true, deidentifiedExportsOnly: true };
    const json = JSON.parse(exportCall(record, { format: 'json', deidentified: true }, policy, en, 0)!.content);
    expect(json.safetyMoments).toEqual([{ atSec: expect.any(Number), closedAtSec: null, category: 'suicidal', via: 'statement', ticked: ['means'], triggerUtteranceId: null, triggerText: null }]);
    expect(JSON.stringify(json)).not.toContain('pills');
    const md = exportCall(record, { format: 'markdown', deidentified: true }, policy, en, 0)!.content;
    expect(md).toContain(en('summary_safety_title'));
    expect(md).toContain(en('summary_safety_item_means'));
    expect(md).not.toContain('pills');
    const full = JSON.parse(exportCall(record, { format: 'json', deidentified: false }, { exportsAllowed: true, deidentifiedExportsOnly: false }, en, 0)!.content);
    expect(full.safetyMoments[0]).toMatchObject({ triggerText: "I've been looking at the pills.", ticked: ['means'] });
    // Without the transcript the moment still exists (no text).
    const bare = buildRecord({ callId: 'c', platform: 'meet', startedAt: 0, endedAt: 1, endReason: 'left', state: live.coach, model: { version: 't', sha256: 'x' }, safety: live.safety! }, { storeTranscript: false });
    expect(bare.safety).toHaveLength(1);
    expect(JSON.stringify(bare)).not.toContain('pills');
  });
});
