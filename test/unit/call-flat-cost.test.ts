// The storage work per utterance is flat in the call's length (issue 18 item 3, bench/notes/m60.md):
// in the bench's long call the storage.session write after each utterance grew 4-8 KB -> 16-32 KB by
// minute 60 (the tally's tasks and their evidence rode in the header), and a caption correction of a
// line the worker had dropped rewrote every chunk of the call. Counted here with the real
// CallService and call store: bytes and keys written, never time.
import { describe, expect, it } from 'vitest';
import { CallService } from '../../src/calls/call-service';
import type { Utterance } from '../../src/captions/types';
import { LABELS, type Classification } from '../../src/classifier/labels';
import { COLD } from '../../src/coach/cold';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';
import { CHUNK, createCallStore, type SessionArea } from '../../src/platform/call-store';

const CLINICIAN = [
  'Shall we agree you walk for twenty minutes every morning?', 'Could you try cutting down to one coffee a day?',
  'It sounds like this has been exhausting for you.', 'What would you like to get back to doing this year?',
  'Would you be willing to check your sugar before breakfast?', 'Nice work keeping the food diary going.',
];
const PATIENT = ['Yes, I can do that.', 'I want to get back to gardening without my knee hurting.', 'Okay, let us try it.', 'I am worried about the scan.'];

/** storage.session as JSON, counting what each set() writes. */
function countingArea() {
  const data = new Map<string, string>();
  const sets: Array<{ keys: string[]; bytes: number }> = [];
  const area: SessionArea = {
    get: async (keys) => {
      const list = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, JSON.parse(data.get(k)!)]));
    },
    set: async (items) => {
      let bytes = 0;
      for (const [k, v] of Object.entries(items)) {
        const json = JSON.stringify(v);
        bytes += json.length;
        data.set(k, json);
      }
      sets.push({ keys: Object.keys(items), bytes });
    },
    remove: async (keys) => void [keys].flat().forEach((k) => data.delete(k)),
  };
  return { area, sets };
}

const T0 = 1_733_300_000_000;
const utt = (i: number, revision = 0): Utterance => {
  const patient = i % 2 === 1;
  const lines = patient ? PATIENT : CLINICIAN;
  const text = lines[(i >> 1) % lines.length]! + (revision ? ' Sorry, I mean it.' : '');
  return { id: `${T0}-${i}`, speaker: patient ? 'Sam Rivera' : 'Dr Ng', role: patient ? 'patient' : 'clinician', text, startMs: T0 + i * 4000, endMs: T0 + i * 4000 + 3500, revision };
};

async function longCall(n: number) {
  const { area, sets } = countingArea();
  const store = createCallStore(area);
  const calls = new CallService({
    now: () => T0,
    load: (t) => store.load(t),
    read: (t) => store.read(t),
    stored: (count) => store.sealedUpTo(count),
    save: (c) => store.save(c),
    remove: (t) => store.remove(t),
    classify: async (text): Promise<Classification> => {
      // Proposals as the model would label them, so tasks and goals pile up as in a real call.
      const label = /Shall we|willing|Could you/.test(text) ? 'task_agreement' : /would you like/.test(text) ? 'goal_setting' : LABELS[(text.length * 7) % LABELS.length]!;
      const scores = Object.fromEntries(LABELS.map((l) => [l, l === label ? 0.9 : 0.01])) as Classification['scores'];
      return { label, scores, confidence: 0.9, unsure: false, lang: 'en', langReliable: true };
    },
    coachSettings: async () => DEFAULT_COACH_SETTINGS,
    publish: () => undefined,
    finish: async () => undefined,
    checkpoint: async () => undefined,
    checkpointsHeld: true,
  });
  const perSave: number[] = [];
  for (let i = 0; i < n; i++) {
    const before = sets.length;
    await calls.utterance(1, 'meet', 'k', utt(i));
    perSave.push(sets.slice(before).reduce((a, s) => a + s.bytes, 0));
  }
  return { calls, store, sets, perSave };
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('storage work per utterance over a long call', () => {
  it('writes as many bytes per utterance at the end of a 960-utterance call as after its first minutes', async () => {
    const { calls, perSave } = await longCall(30 * CHUNK);
    const tally = (await calls.current(1))!.coach.tally;
    // The call really piles up tasks and goals with evidence (what grew the header before).
    expect(JSON.stringify([tally.goals, tally.tasks]).length).toBeGreaterThan(20_000);
    // Two whole periods of the utterance tail's saw-tooth (a chunk is sealed every CHUNK lines).
    const early = mean(perSave.slice(2 * CHUNK, 4 * CHUNK));
    const late = mean(perSave.slice(28 * CHUNK, 30 * CHUNK));
    if (process.env.SHOW_BYTES) process.stdout.write(`bytes per save: early ${early.toFixed(0)}, late ${late.toFixed(0)}\n`);
    expect(late).toBeLessThan(early * 1.25);
  });

  it('a caption correction of a line the worker dropped writes that line\'s chunk, not the whole call', async () => {
    const { calls, store, sets } = await longCall(20 * CHUNK);
    const held = (await calls.current(1))!.coach.utterances;
    // The latest dropped line that is not a clinician's (its correction is not classified again).
    let j = held.length - 1;
    while (j > 0 && !(held[j] === COLD && j % 2 === 1)) j--;
    expect(j).toBeGreaterThan(10 * CHUNK);
    store.takeRewritten(1);
    const before = sets.length;
    await calls.utterance(1, 'meet', 'k', utt(j, 1));
    const keys = sets.slice(before).flatMap((s) => s.keys);
    // Before: all 20 utterance chunks; and, with goals and tasks a key each, every one of them and
    // every bond chunk (the coach builds them again, equal, when it takes the whole call back).
    expect(keys.sort()).toEqual(['call:1', `call:1:${Math.floor(j / CHUNK)}`]);
    expect(store.takeRewritten(1).u).toBe(Math.floor(j / CHUNK)); // so the checkpoint rebuilds from there only
    const whole = (await calls.currentWhole(1))!;
    expect(whole.coach.utterances[j]!.text).toBe(utt(j, 1).text);
  });
});
