// Jitsi's subtitles list in the chat panel (newer builds, caption-platforms.md §6):
// `#subtitles-messages-list` holds one item per transcript message, structured [name?][content][time]
// with hashed class names, so items are read by position, not by class. The name is left out on a
// follow-up item of the same speaker: it inherits the speaker of the item before it (kept per
// element, for a first item whose named predecessor has left the list). Pure DOM reading.
import type { CaptionSnapshot } from '../types.ts';
import { type ReadContext, cleanSpace } from './shared.ts';

/** The item's time part ("14:02", "2:02 PM"): never caption text. */
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?$/i;

const speakerOf = new WeakMap<Element, string>();

/** [name, content] of one item; name '' when the item has none. */
export function listItemParts(item: Element): [string, string] {
  const parts = Array.from(item.children).map((c) => cleanSpace(c.textContent ?? '')).filter(Boolean);
  if (parts.length > 1 && TIME.test(parts[parts.length - 1]!)) parts.pop();
  if (parts.length === 0) return ['', ''];
  if (parts.length === 1) return ['', parts[0]!];
  return [parts[0]!, parts.slice(1).join(' ')];
}

export function readSubtitlesList(list: Element, ctx: ReadContext): CaptionSnapshot[] {
  const out: CaptionSnapshot[] = [];
  let last = '';
  for (const item of Array.from(list.children)) {
    const [name, text] = listItemParts(item);
    const speaker = name || speakerOf.get(item) || last;
    if (speaker) speakerOf.set(item, speaker);
    last = speaker;
    if (text) out.push({ blockKey: ctx.keyOf(item), speaker, text });
  }
  return out;
}
