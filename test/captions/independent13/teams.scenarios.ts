// Round 13, Microsoft Teams: whole sentences that appear at once, and sentences said again.
// Written ONLY from /work/shared/research/caption-platforms.md (§4.1 URL and in-call markers, §4.3 the
// 2026 item outline and host vs. guest DOM, §4.4 in-place refinement "word growth then
// re-punctuation", one item per utterance, "a NEW entry appears at the tail", virtualised list with
// limited retention, element reuse after a resize (LCS #5), §4.5 self captions carry the own display
// name, §8.8 recycled elements) and the runner's API (test/captions/independent/kit.ts, runner.ts).
// No product code or fixture was read.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://teams.microsoft.com/v2/';
const SELF = 'Dr. Alice Smith';
const AVATAR: Record<string, string> = {
  [SELF]: 'https://teams.microsoft.com/api/mt/part/avatar/alice',
  'Jordan Lee': 'https://teams.microsoft.com/api/mt/part/avatar/jordan',
};

const body = (guest: boolean) => `
<div id="calling-screen"><div class="calling-controls"><button id="hangup-button" data-tid="${guest ? 'anon-hangup-button' : 'hangup-main-btn'}" aria-label="Leave">Leave</button></div></div>
<div data-tid="closed-caption-renderer-wrapper" class="f419p8h"><div data-tid="closed-caption-v2-window-wrapper"><div data-tid="closed-caption-v2-virtual-list-content">${guest ? '' : '<div class="fui-Flex ___1ccp5kb"></div>'}</div></div></div>`;

/** Where items go: host = the list inner under virtual-list-content; guest = virtual-list-content itself (§4.3). */
function listOf(doc: Document, guest: boolean): HTMLElement {
  const content = q(doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  return guest ? content : (content.firstElementChild as HTMLElement);
}

interface Item {
  row: HTMLElement;
  node: Text;
}

/** One utterance item (host outline of §4.3, or the guest shape without items-renderer). */
function itemEl(doc: Document, guest: boolean, name: string, text: string): Item {
  const row = guest
    ? el(
        doc,
        `<div class="fui-Flex ___g1"><div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div><div class="fui-Flex ___t1"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div>`,
      )
    : el(
        doc,
        `<div class="fui-Flex ___r1"><div class="fui-Flex ___r2"><div class="fui-Flex ___r3"><div class="fui-ChatMessageCompact ___1ccp5kb"><div></div><div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer"><span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="${AVATAR[name] ?? ''}"></span></div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i><div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div><div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div><div class="fui-Flex f13qh94s"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i></div></div></div></div>`,
      );
  const node = doc.createTextNode(text);
  row.querySelector('[data-tid="closed-caption-text"]')!.appendChild(node);
  return { row, node };
}

class Captions {
  rows: Item[] = [];
  constructor(
    private p: Page,
    private guest: boolean,
    /** Rows the virtualised list keeps mounted; older rows unmount (§4.4 retention; count is [U]). */
    private keep = Infinity,
  ) {}
  /** Appends an item at the tail with `text` already in it (one write). */
  add(name: string, text: string): Item {
    const it = itemEl(this.p.doc, this.guest, name, text);
    listOf(this.p.doc, this.guest).appendChild(it.row);
    this.rows.push(it);
    while (this.rows.length > this.keep) this.rows.shift()!.row.remove();
    return it;
  }
  /** Appends an item with its first word and refines it in place: growth then re-punctuation. */
  async say(name: string, text: string, final?: string, step = 200) {
    const it = this.add(name, text.split(' ')[0]!);
    await this.p.sleep(step);
    await grow(this.p, it.node, text, final, step, 1);
    return it;
  }
}

function leave(p: Page) {
  // Leaving unmounts the call stage (hang-up button) and the caption renderer.
  q(p.doc, '#calling-screen').remove();
  q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
}

export const teamsScenarios: Scenario[] = [
  {
    // §4.4: the first "Can you hear me now?" is refined in place (growth, then re-punctuation). The
    // virtualised list keeps only a few rows mounted (the exact count is unverified in §4.4/§10; 3 is a
    // small default-size caption window), so that item unmounts. Seconds later (the "minutes apart" of a
    // real call) the same speaker's new item arrives at the tail with the whole sentence in ONE write.
    name: 'teams: self repeats a question after its first item unmounted; second arrives whole',
    url: URL,
    selfNames: [SELF],
    body: body(false),
    productTiming: true,
    async play(p) {
      const c = new Captions(p, false, 3);
      await c.say(SELF, 'can you hear me now', 'Can you hear me now?');
      await p.sleep(600);
      await c.say('Jordan Lee', 'i hear you but there is an echo', 'I hear you, but there is an echo.');
      await p.sleep(500);
      await c.say(SELF, 'let me mute the other tab', 'Let me mute the other tab.');
      await p.sleep(500);
      await c.say('Jordan Lee', 'that fixed it', 'That fixed it.');
      await p.sleep(1800);
      c.add(SELF, 'Can you hear me now?');
      await p.sleep(1000);
      await c.say('Jordan Lee', 'yes clearly now', 'Yes, clearly now.');
    },
    leave,
    expected: [
      { speaker: SELF, text: 'Can you hear me now?' },
      { speaker: 'Jordan Lee', text: 'I hear you, but there is an echo.' },
      { speaker: SELF, text: 'Let me mute the other tab.' },
      { speaker: 'Jordan Lee', text: 'That fixed it.' },
      { speaker: SELF, text: 'Can you hear me now?' },
      { speaker: 'Jordan Lee', text: 'Yes, clearly now.' },
    ],
  },
  {
    // §4.3 guest DOM (no items-renderer; author + text paired in document order). The same sentence
    // "Could you repeat that please?" is said by the clinician (grown word by word) and later by the
    // patient (one write), while the clinician's item is still mounted. The patient then adds a second
    // consecutive item (§4.4 one item per utterance, same speaker).
    name: 'teams (guest DOM): same sentence by two speakers, one grown and one whole',
    url: URL,
    selfNames: [SELF],
    body: body(true),
    async play(p) {
      const c = new Captions(p, true);
      await c.say('Jordan Lee', 'i have been taking it at night', 'I have been taking it at night.', 150);
      await p.sleep(400);
      await c.say(SELF, 'could you repeat that please', 'Could you repeat that please?', 150);
      await p.sleep(400);
      await c.say('Jordan Lee', 'i take it at night', 'I take it at night.', 150);
      await p.sleep(400);
      await c.say(SELF, 'take it every morning before breakfast instead', 'Take it every morning before breakfast instead.', 150);
      await p.sleep(700);
      c.add('Jordan Lee', 'Could you repeat that please?');
      await p.sleep(600);
      await c.say('Jordan Lee', 'the line is bad', 'The line is bad.', 150);
      await p.sleep(400);
      await c.say(SELF, 'every morning before breakfast', 'Every morning, before breakfast.', 150);
    },
    leave,
    expected: [
      { speaker: 'Jordan Lee', text: 'I have been taking it at night.' },
      { speaker: SELF, text: 'Could you repeat that please?' },
      { speaker: 'Jordan Lee', text: 'I take it at night.' },
      { speaker: SELF, text: 'Take it every morning before breakfast instead.' },
      { speaker: 'Jordan Lee', text: 'Could you repeat that please?' },
      { speaker: 'Jordan Lee', text: 'The line is bad.' },
      { speaker: SELF, text: 'Every morning, before breakfast.' },
    ],
  },
  {
    // §4.4: after a network stall three items land at the tail in the same task (whole texts; the
    // research is silent on bursts, I assume buffered captions flush together), one of them the
    // clinician repeating "Can you hear me now?" whose first item already unmounted (keep 3). The last
    // burst item is then still refined in place (it is the tail, so it may still change).
    name: 'teams: three-item burst including a repeated question, tail keeps refining',
    url: URL,
    selfNames: [SELF],
    body: body(false),
    productTiming: true,
    async play(p) {
      const c = new Captions(p, false, 3);
      await c.say(SELF, 'can you hear me now', 'Can you hear me now?');
      await p.sleep(500);
      await c.say('Jordan Lee', 'yes go ahead', 'Yes, go ahead.');
      await p.sleep(500);
      await c.say(SELF, 'how is the swelling today', 'How is the swelling today?');
      await p.sleep(500);
      await c.say('Jordan Lee', 'much better than yesterday', 'Much better than yesterday.');
      await p.sleep(1500);
      c.add(SELF, 'Can you hear me now?');
      c.add('Jordan Lee', 'Yes, you froze for a bit.');
      const tail = c.add(SELF, 'Sorry about that');
      await p.sleep(400);
      await grow(p, tail.node, 'Sorry about that keep the leg raised', 'Sorry about that. Keep the leg raised.', 200, 3);
      await p.sleep(600);
      await c.say('Jordan Lee', 'i will', 'I will.');
    },
    leave,
    expected: [
      { speaker: SELF, text: 'Can you hear me now?' },
      { speaker: 'Jordan Lee', text: 'Yes, go ahead.' },
      { speaker: SELF, text: 'How is the swelling today?' },
      { speaker: 'Jordan Lee', text: 'Much better than yesterday.' },
      { speaker: SELF, text: 'Can you hear me now?' },
      { speaker: 'Jordan Lee', text: 'Yes, you froze for a bit.' },
      { speaker: SELF, text: 'Sorry about that. Keep the leg raised.' },
      { speaker: 'Jordan Lee', text: 'I will.' },
    ],
  },
  {
    // §4.4 LCS #5: after the user resized the caption window "the first message was replaced by a more
    // recent one" (element reuse, §8.8 recycling). Right after Jordan repeats "I will send it today."
    // (grown, while his first identical item is still mounted), the resize recycles the row elements in
    // one task: each row's author/text nodes are rewritten with the next row's content, the last row
    // unmounts. Afterwards the view shows rows 2..5 — nothing new was said.
    name: 'teams: resize recycles rows right after a repeated sentence',
    url: URL,
    selfNames: [SELF],
    body: body(false),
    async play(p) {
      const c = new Captions(p, false);
      await c.say('Jordan Lee', 'i will send it today', 'I will send it today.', 150);
      await p.sleep(400);
      await c.say(SELF, 'the photos of the rash right', 'The photos of the rash, right?', 150);
      await p.sleep(400);
      await c.say('Jordan Lee', 'yes the photos', 'Yes, the photos.', 150);
      await p.sleep(400);
      await c.say(SELF, 'great and the pharmacy receipt', 'Great, and the pharmacy receipt.', 150);
      await p.sleep(600);
      await c.say('Jordan Lee', 'i will send it today', 'I will send it today.', 150);
      await p.sleep(150);
      // Resize: element reuse — row i now shows row i+1; the last row element is unmounted.
      const rows = c.rows;
      for (let i = 0; i < rows.length - 1; i++) {
        const next = rows[i + 1]!;
        const author = rows[i]!.row.querySelector('[data-tid="author"]')!.firstChild as Text;
        author.data = next.row.querySelector('[data-tid="author"]')!.textContent!;
        rows[i]!.row.querySelector('img')?.setAttribute('src', next.row.querySelector('img')?.getAttribute('src') ?? '');
        rows[i]!.node.data = next.node.data;
      }
      rows.pop()!.row.remove();
      await p.sleep(900);
      await c.say(SELF, 'thank you that is all for today', 'Thank you, that is all for today.', 150);
    },
    leave,
    expected: [
      { speaker: 'Jordan Lee', text: 'I will send it today.' },
      { speaker: SELF, text: 'The photos of the rash, right?' },
      { speaker: 'Jordan Lee', text: 'Yes, the photos.' },
      { speaker: SELF, text: 'Great, and the pharmacy receipt.' },
      { speaker: 'Jordan Lee', text: 'I will send it today.' },
      { speaker: SELF, text: 'Thank you, that is all for today.' },
    ],
  },
];
