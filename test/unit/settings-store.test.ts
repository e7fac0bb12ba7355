import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore, type SettingsBackend } from '../../src/settings/store';

function fakeBackend(managed: Record<string, unknown> | Error = {}) {
  let user: Record<string, unknown> = {};
  const listeners = new Set<(a: 'user' | 'managed') => void>();
  const backend: SettingsBackend = {
    getUser: async () => ({ ...user }),
    setUser: async (patch) => {
      user = { ...user, ...patch };
      listeners.forEach((l) => l('user'));
    },
    removeUser: async (keys) => {
      for (const k of keys) delete user[k];
      listeners.forEach((l) => l('user'));
    },
    getManaged: async () => {
      if (managed instanceof Error) throw managed;
      return managed;
    },
    onChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return { backend, user: () => user };
}

describe('settings store', () => {
  it('writes only valid, user-editable, unlocked keys and reports the rest', async () => {
    const { backend, user } = fakeBackend({ coachingEnabled: false });
    const store = createSettingsStore(backend);
    const r = await store.update({ nudgeIntervalSec: 120, coachingEnabled: true, retentionDays: 1, lectureRunCount: 999 });
    expect(user()).toEqual({ nudgeIntervalSec: 120 });
    expect(r.merged.values.nudgeIntervalSec).toBe(120);
    expect(r.merged.values.coachingEnabled).toBe(false);
    expect(r.rejected.map((p) => [p.key, p.code])).toEqual([
      ['coachingEnabled', 'not-user-editable'],
      ['retentionDays', 'not-user-editable'],
      ['lectureRunCount', 'out-of-range'],
    ]);
  });

  it('a policy read that fails makes the store fail closed, with a reported problem (finding 4)', async () => {
    // (Firefox's "no policy" error is turned into {} by the platform backend, not here.)
    const store = createSettingsStore(fakeBackend(new Error('storage backend unavailable')).backend);
    const m = await store.load();
    expect(m.policyUnavailable).toBe(true);
    expect(m.values).toMatchObject({ enabledPlatforms: [], exportsAllowed: false, retentionDays: 0, storeTranscript: false, deidentifiedExportsOnly: true });
    expect(m.problems).toEqual([expect.objectContaining({ key: '*', source: 'managed', code: 'policy-unavailable' })]);
  });

  it('reset removes user values', async () => {
    const { backend, user } = fakeBackend();
    const store = createSettingsStore(backend);
    await store.update({ nudgeIntervalSec: 120, talkShareMax: 0.5 });
    await store.reset(['nudgeIntervalSec']);
    expect(user()).toEqual({ talkShareMax: 0.5 });
    expect((await store.reset()).values.talkShareMax).toBe(0.65);
  });

  it('subscribers get the re-merged settings on change, and not after unsubscribing', async () => {
    const { backend } = fakeBackend();
    const store = createSettingsStore(backend);
    const cb = vi.fn();
    const off = store.subscribe(cb);
    await store.update({ silenceEndMin: 20 });
    await vi.waitFor(() => expect(cb).toHaveBeenCalled());
    expect(cb.mock.calls.at(-1)?.[0].values.silenceEndMin).toBe(20);
    off();
    cb.mockClear();
    await store.update({ silenceEndMin: 30 });
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).not.toHaveBeenCalled();
  });
});
