// The service worker's call logic with its browser parts replaced by plain functions (storage is a
// Map, the classifier a function): ordering, dedupe, corrections, call boundaries, the speaker
// picker, and what is saved before an utterance counts as delivered.
import { describe, expect, it } from 'vitest';
import { CallService, type CallDeps, type EndReason } from '../../src/calls/call-service';
import type { LiveCall } from '../../src/calls/live-call';
import { selfToConfirm, toPanelModel } from '../../src/calls/panel-model';
import type { Utterance } from '../../src/captions/types';
import type { Classification, Label } from '../../src/classifier/labels';
import { LABELS } from '../../src/classifier/labels';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';

function fakeDeps(labelFor: (text: string) => Label = () => 'question') {
  const stored = new Map<number, LiveCall>();
  const log = { checkpoints: [] as number[], loads: 0, saves: 0, classified: [] as string[], finished: [] as Array<{ callId: string; reason: EndReason; n: number }>, published: [] as Array<LiveCall | null> };
  let now = 1_000;
  const deps: CallDeps = {
    now: () => now,
    load: async (tabId) => {
      log.loads++;
      return structuredClone(stored.get(tabId) ?? null);
    },
    save: async (call) => {
      log.saves++;
      stored.set(call.tabId, structuredClone(call));
    },
    remove: async (tabId) => void stored.delete(tabId),
    classify: async (text): Promise<Classification> => {
      log.classified.push(text);
      const label = labelFor(text);
      // Like the offscreen host: a language detection per line (a French line is reliably French).
      const lang = /^(bonjour|merci)/i.test(text) ? 'fr' : 'en';
      return { label, scores: Object.fromEntries(LABELS.map((l) => [l, l === label ? 0.9 : 0.1 / 6])) as Classification['scores'], confidence: 0.9, unsure: false, lang, langReliable: text.split(' ').length >= 4 };
    },
    coachSettings: async () => DEFAULT_COACH_SETTINGS,
    publish: (call) => void log.published.push(call),
    finish: async (call, reason) => void log.finished.push({ callId: call.callId, reason, n: call.coach.utterances.length }),
    checkpoint: async (call) => void log.checkpoints.push(call.coach.utterances.length),
  };
  return { deps, stored, log, tick: (ms: number) => (now += ms) };
}

const utt = (id: string, speaker: string, role: Utterance['role'], text: string, t: number, revision = 0): Utterance => ({
  id, speaker, role, text, startMs: t, endMs: t + 500, revision,
});

describe('CallService', () => {
  it('classifies clinician utterances only, with the previous patient utterance as context', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k1', utt('a', 'Pat', 'patient', 'My knee hurts.', 10));
    await s.utterance(1, 'meet', 'k1', utt('b', 'You', 'clinician', 'How long for?', 20));
    expect(f.log.classified).toEqual(['How long for?']);
    const call = f.stored.get(1)!;
    expect(call.coach.utterances.map((u) => [u.id, u.label])).toEqual([['a', undefined], ['b', 'question']]);
  });

  it('gives no label to a line in a language the model cannot code, and says which language it was', async () => {
    const f = fakeDeps(() => 'lecture');
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k1', utt('a', 'You', 'clinician', 'You need to take these twice a day.', 10));
    await s.utterance(1, 'meet', 'k1', utt('b', 'You', 'clinician', 'bonjour vous devez prendre ces comprimés', 20));
    await s.utterance(1, 'meet', 'k1', utt('c', 'You', 'clinician', 'merci', 30)); // short: follows the call's vote
    const [a, b, c] = f.stored.get(1)!.coach.utterances;
    expect([a!.label, a!.uncoded]).toEqual(['lecture', undefined]);
    expect([b!.label, b!.uncoded, b!.lang]).toEqual([undefined, 'language', 'fr']);
    // One reliable English line (8 words) against one French line (6 words): "merci" takes English.
    expect(c!.label).toBe('lecture');
    expect(f.stored.get(1)!.langVotes).toEqual({ en: 8, fr: 6 });
  });

  it('ignores a re-sent utterance and applies a correction once (same id, higher revision)', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k1', utt('b', 'You', 'clinician', 'How long', 20));
    await s.utterance(1, 'meet', 'k1', utt('b', 'You', 'clinician', 'How long', 20));
    await s.utterance(1, 'meet', 'k1', utt('b', 'You', 'clinician', 'How long has it hurt?', 20, 1));
    const call = f.stored.get(1)!;
    expect(call.coach.utterances).toHaveLength(1);
    expect(call.coach.utterances[0]!.text).toBe('How long has it hurt?');
    expect(f.log.classified).toEqual(['How long', 'How long has it hurt?']);
  });

  it('saves the call before the step resolves (the ack), and publishes after saving', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k1', utt('a', 'Pat', 'patient', 'Hello', 10));
    expect(f.stored.get(1)!.coach.utterances).toHaveLength(1);
    expect(f.log.published.at(-1)?.coach.utterances).toHaveLength(1);
  });

  it('runs steps for one tab in arrival order even when they are not awaited', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    const all = Array.from({ length: 20 }, (_, i) => s.utterance(1, 'meet', 'k1', utt(`u${i}`, 'Pat', 'patient', `line ${i}`, i)));
    await Promise.all(all);
    expect(f.stored.get(1)!.coach.utterances.map((u) => u.id)).toEqual(Array.from({ length: 20 }, (_, i) => `u${i}`));
  });

  it('a new page load in the same tab ends the old call (stored) and starts a new one', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    await s.utterance(1, 'meet', 'k1', utt('a', 'Pat', 'patient', 'Hello', 10));
    const first = f.stored.get(1)!.callId;
    f.tick(5);
    await s.hello(1, 'meet', 'k2');
    expect(f.log.finished).toEqual([{ callId: first, reason: 'replaced', n: 1 }]);
    expect(f.stored.get(1)!.callKey).toBe('k2');
    expect(f.stored.get(1)!.coach.utterances).toHaveLength(0);
  });

  it('ends silent calls only after the silence limit, and never empty ones', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    await s.hello(2, 'teams', 'empty');
    await s.utterance(1, 'meet', 'k1', utt('a', 'Pat', 'patient', 'Hello', 10));
    f.tick(59_000);
    await s.endSilent([1, 2], 60_000);
    expect(f.log.finished).toEqual([]);
    f.tick(2_000);
    await s.endSilent([1, 2], 60_000);
    expect(f.log.finished.map((x) => x.reason)).toEqual(['silence']);
    expect(f.stored.has(1)).toBe(false);
    expect(f.stored.has(2)).toBe(true);
  });

  it('"this speaker is me" re-roles the call, classifies the clinician, and applies to later utterances', async () => {
    const f = fakeDeps((t) => (t.includes('?') ? 'question' : 'lecture'));
    const s = new CallService(f.deps);
    await s.utterance(1, 'teams', 'k1', utt('a', 'Dr. Lee', 'patient', 'How are you?', 10));
    await s.utterance(1, 'teams', 'k1', utt('b', 'Sam', 'other', 'Not bad.', 20));
    expect(f.log.classified).toEqual([]);
    await s.setSelf(1, 'Dr. Lee');
    await s.utterance(1, 'teams', 'k1', utt('c', 'Dr. Lee', 'patient', 'Keep walking daily.', 30));
    const us = f.stored.get(1)!.coach.utterances;
    expect(us.map((u) => [u.id, u.role, u.label])).toEqual([
      ['a', 'clinician', 'question'],
      ['b', 'patient', undefined],
      ['c', 'clinician', 'lecture'],
    ]);
  });

  it('live corrections relabel the call and apply to later utterances; a detected self name waits for confirmation', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    await s.hello(1, 'teams', 'k1', []);
    // As captured: the self name was read from the page, the first other speaker taken as the patient.
    await s.utterance(1, 'teams', 'k1', utt('a', 'Dr. Lee', 'clinician', 'How are you?', 10));
    await s.utterance(1, 'teams', 'k1', utt('b', 'María', 'patient', 'Dice que le duele.', 20));
    await s.utterance(1, 'teams', 'k1', utt('c', 'Bob', 'other', 'My knee hurts.', 30));
    expect(selfToConfirm(f.stored.get(1)!)).toEqual({ name: 'Dr. Lee' });
    await s.setSpeakerRole(1, 'María', 'interpreter');
    await s.setSpeakerRole(1, 'Bob', 'patient');
    await s.utterance(1, 'teams', 'k1', utt('d', 'María', 'patient', 'Y la rodilla.', 40));
    const call = f.stored.get(1)!;
    expect(call.coach.utterances.map((u) => [u.id, u.role])).toEqual([['a', 'clinician'], ['b', 'other'], ['c', 'patient'], ['d', 'other']]);
    expect(toPanelModel(call, { state: 'ready' }, 50).relations).toEqual({ María: 'interpreter' });
    await s.setSelf(1, 'Dr. Lee'); // "That's me": confirmed, nothing left to ask
    expect(selfToConfirm(f.stored.get(1)!)).toBeNull();
    // A name already in the options needs no confirmation.
    await s.hello(2, 'zoom', 'k2', ['Dr. Lee']);
    await s.utterance(2, 'zoom', 'k2', utt('z', 'Dr. Lee', 'clinician', 'Hello.', 10));
    expect(selfToConfirm(f.stored.get(2)!)).toBeNull();
  });

  it('reads storage once per tab while the worker lives, and again after a restart', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    for (let i = 0; i < 5; i++) await s.utterance(1, 'meet', 'k1', utt(`u${i}`, 'Pat', 'patient', `line ${i}`, i));
    expect(f.log.loads).toBe(1);
    const restarted = new CallService(f.deps); // a stopped and restarted worker: memory is gone
    await restarted.utterance(1, 'meet', 'k1', utt('u9', 'Pat', 'patient', 'after restart', 99));
    expect(f.log.loads).toBe(2);
    expect(f.stored.get(1)!.coach.utterances).toHaveLength(6);
  });

  it('checkpoints a live call every CHECKPOINT_EVERY new utterances, not on corrections', async () => {
    const f = fakeDeps();
    const s = new CallService(f.deps);
    for (let i = 0; i < 25; i++) await s.utterance(1, 'meet', 'k1', utt(`u${i}`, 'Pat', 'patient', `line ${i}`, i));
    await s.utterance(1, 'meet', 'k1', utt('u19', 'Pat', 'patient', 'line 19 corrected', 19, 1));
    expect(f.log.checkpoints).toEqual([10, 20]);
    await s.checkpointAll([1, 7]);
    expect(f.log.checkpoints).toEqual([10, 20, 25]);
  });
});
