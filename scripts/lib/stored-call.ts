// Reads a tab's live call back out of chrome.storage.session from outside the extension (e2e tests,
// the demo, the bench). It mirrors the layout documented in src/platform/call-store.ts: a header
// `call:<tabId>` (the call with only its newest utterances, plus `sealed`) and `sealed` chunks
// `call:<tabId>:<k>` of older utterances. Keep the two in step.
import type { Worker } from 'playwright-core';

export interface StoredCall {
  callId: string;
  coach: { utterances: Array<{ id: string; text: string }>; tally: unknown; history: unknown[] };
  [k: string]: unknown;
}

/** The whole call as the worker would load it, or null; `bytes` = JSON size of all its pieces. */
export async function storedCall(sw: Worker, tabId: number): Promise<{ call: StoredCall; bytes: number } | null> {
  await sw.evaluate('globalThis.__name ??= (f) => f'); // tsx keepNames helper (see bench/call-driver.ts)
  return sw.evaluate(async (id) => {
    const head = (await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as (StoredCall & { sealed?: number }) | undefined;
    if (!head) return null;
    const keys = Array.from({ length: head.sealed ?? 0 }, (_, k) => `call:${id}:${k}`);
    const got = keys.length ? await chrome.storage.session.get(keys) : {};
    let bytes = JSON.stringify(head).length;
    const older: StoredCall['coach']['utterances'] = [];
    for (const k of keys) {
      const chunk = (got[k] ?? []) as StoredCall['coach']['utterances'];
      bytes += JSON.stringify(chunk).length;
      older.push(...chunk);
    }
    const { sealed: _s, ...call } = head;
    return { call: { ...call, coach: { ...call.coach, utterances: [...older, ...call.coach.utterances] } }, bytes };
  }, tabId);
}
