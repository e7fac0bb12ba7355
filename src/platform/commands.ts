// Keyboard commands declared in manifest.json `commands` (chrome.commands / browser.commands).
import { browser } from './browser';

/** Blanks every open panel to a neutral screen, or brings it back (Alt+Shift+B by default). */
export const BLANK_COMMAND = 'toggle-blank';

export function onCommand(cb: (command: string) => void): void {
  // Firefox for Android and some embedders have no commands API: nothing to listen to then.
  browser.commands?.onCommand.addListener((command: string) => cb(command));
}
