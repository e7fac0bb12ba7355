// Jitsi's subtitles list in the chat panel (newer builds, caption-platforms.md §6):
// `#subtitles-messages-list` holds one item per transcript message, structured [name?][content][time]
// with hashed class names, so items are read by position, not by class, and found by their time
// (inside sender groups on current builds). The name is left out on a
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

/** An element whose last child is a time: one message's [name?][content][time]. */
const isTimed = (el: Element): boolean => el.children.length >= 2 && TIME.test(cleanSpace(el.lastElementChild?.textContent ?? ''));

/**
 * The message elements of the list, in order. jitsi-meet groups messages by sender (an avatar beside
 * the sender's messages, each message a box around [name?][content][time]), so a message may sit a few
 * levels down: the walk stops at the first timed element on each branch. A list with no times at all
 * is read child by child.
 */
function messagesOf(list: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element, depth: number) => {
    for (const c of Array.from(el.children)) {
      if (isTimed(c)) out.push(c);
      else if (depth < 4) walk(c, depth + 1);
    }
  };
  walk(list, 0);
  return out.length > 0 ? out : Array.from(list.children);
}

export function readSubtitlesList(list: Element, ctx: ReadContext): CaptionSnapshot[] {
  const out: CaptionSnapshot[] = [];
  let last = '';
  for (const item of messagesOf(list)) {
    const [name, text] = listItemParts(item);
    const speaker = name || speakerOf.get(item) || last;
    if (speaker) speakerOf.set(item, speaker);
    last = speaker;
    if (text) out.push({ blockKey: ctx.keyOf(item), speaker, text });
  }
  return out;
}
