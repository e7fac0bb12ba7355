// Alarms may be cleared on browser restart, so they are (re)created at every worker start.
import { browser } from './browser';

export async function scheduleAlarms(): Promise<void> {
  // 0.5 min is Chrome's minimum period; the coach clock (no goal after N min, talk share) is coarse.
  await browser.alarms.create('coach-tick', { periodInMinutes: 0.5 });
  await browser.alarms.create('purge', { periodInMinutes: 60 });
}

export function onAlarm(handler: (name: string) => Promise<void>): void {
  browser.alarms.onAlarm.addListener((a) => {
    handler(a.name).catch(() => undefined);
  });
}
