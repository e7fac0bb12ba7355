// Reads a tab's live call back out of chrome.storage.session from outside the extension (e2e tests,
// the demo, the bench). It mirrors the layout documented in src/platform/call-store.ts: a header
// `call:<tabId>` (the call with only the tails of its growing lists, plus how many pieces of each
// are sealed) and the sealed pieces `call:<tabId>:<list><k>`: utterances (no letter, `sealed`), bond
// changes (`b`, `sealedBond`), goals (`g`, `sealedGoals`), tasks (`t`, `sealedTasks`) and prompts
// (`p`, `sealedPrompts`). Keep the two in step.
import type { Worker } from 'playwright-core';

export interface StoredCall {
  callId: string;
  coach: { utterances: Array<{ id: string; text: string }>; tally: { goals: unknown[]; tasks: unknown[]; bond: { changes: unknown[] } }; history: unknown[] };
  [k: string]: unknown;
}

/** The whole call as the worker would load it, or null; `bytes` = JSON size of its pieces (bond pieces aside, see below). */
export async function storedCall(sw: Worker, tabId: number): Promise<{ call: StoredCall; bytes: number } | null> {
  await sw.evaluate('globalThis.__name ??= (f) => f'); // tsx keepNames helper (see bench/call-driver.ts)
  return sw.evaluate(async (id) => {
    type Head = StoredCall & Record<'sealed' | 'sealedBond' | 'sealedGoals' | 'sealedTasks' | 'sealedPrompts', number | undefined>;
    const head = (await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as Head | undefined;
    if (!head) return null;
    let bytes = JSON.stringify(head).length;
    /**
     * The sealed pieces of one list, in order (each piece is an array of items). Bond pieces stay out
     * of `bytes`, as they have since they were split off the header: the bench's record figure
     * (end-to-end.ts) has been measured that way; goals, tasks and prompts, which were in the
     * header, are counted where they are now.
     */
    const sealedOf = async (list: string, n: number | undefined): Promise<unknown[]> => {
      const keys = Array.from({ length: n ?? 0 }, (_, k) => `call:${id}:${list}${k}`);
      const got = keys.length ? await chrome.storage.session.get(keys) : {};
      const out: unknown[] = [];
      for (const k of keys) {
        const piece = (got[k] ?? []) as unknown[];
        if (list !== 'b') bytes += JSON.stringify(piece).length;
        out.push(...piece);
      }
      return out;
    };
    const { sealed, sealedBond, sealedGoals, sealedTasks, sealedPrompts, ...call } = head;
    const { tally } = call.coach;
    const coach = {
      ...call.coach,
      utterances: [...((await sealedOf('', sealed)) as StoredCall['coach']['utterances']), ...call.coach.utterances],
      history: [...(await sealedOf('p', sealedPrompts)), ...call.coach.history],
      tally: {
        ...tally,
        goals: [...(await sealedOf('g', sealedGoals)), ...tally.goals],
        tasks: [...(await sealedOf('t', sealedTasks)), ...tally.tasks],
        bond: { ...tally.bond, changes: [...(await sealedOf('b', sealedBond)), ...tally.bond.changes] },
      },
    };
    return { call: { ...call, coach }, bytes };
  }, tabId);
}
