// Keyboard commands declared in manifest.json `commands` (chrome.commands / browser.commands).
import { browser } from './browser';

export { BLANK_COMMAND } from '../messaging/protocol';

export function onCommand(cb: (command: string) => void): void {
  // Firefox for Android and some embedders have no commands API: nothing to listen to then.
  browser.commands?.onCommand.addListener((command: string) => cb(command));
}
