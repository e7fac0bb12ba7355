// Round 24, Jitsi Meet: "the platform ships a new front-end build mid-year".
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §6  Jitsi Meet: `.transcription-subtitles` container (+ `lifted` with one participant), one `<p>`
//       per transcript message id, each with a `<span>` reading "<participantName>: " + (final ||
//       stable + unstable); interim replaced by final in the same paragraph; newer builds also list
//       subtitles in the chat panel under `#subtitles-messages-list` / `#subtitles-messages-container`
//       with hashed classes, items `[name?][content][time]`.
//   §1  cross-platform summary (unit = one block per message, name inline).
//   §8  strategies: §8.1 semantic anchors over class names, §8.5 re-attach when the root is replaced
//       or re-mounted, §8.8 identity per element, §8.11 noise filters (timestamps, buttons).
//   §9  fixture checklist: root removed and re-created as a NEW node, same-speaker continuation split
//       across items, non-caption live regions as false-positive traps.
//
// Stable anchors kept in every scenario: the documented class `transcription-subtitles` on the
// overlay root, `<p>` per message with a `<span>` holding "Name: text", the interim→final rewrite in
// the same paragraph, and (panel variant) the ids `#subtitles-messages-container` /
// `#subtitles-messages-list` with the [name?][content][time] item order.
//
// Where the research is silent (assumptions, the same in all three scenarios):
//   - URL `https://meet.jit.si/<Room>` (the public deployment; §6 gives no URL pattern).
//   - In-call markers: `#videoconference_page` › `#videospace` › `#largeVideoContainer`, and the
//     toolbox `#new-toolbox` with a `.toolbox-button[aria-label="Leave the meeting"]` wrapping a
//     `.hangup-button` icon. They are NOT varied here, because the research documents nothing about
//     them that could be called stable or volatile. Leaving unmounts the whole `#videoconference_page`
//     (Jitsi swaps the conference for its welcome/close page), which also removes the captions.
//   - The local user's own captions carry their display name (listed in selfNames), not "You".
//   - Text changes are characterData rewrites of the one text node React renders for the template
//     string; the transcriber's interim is lower-case and unpunctuated, the final re-cases and
//     re-punctuates it (so the scenarios compare `loose`).
import type { Page, Scenario } from '../independent/kit.ts';
import { el, q } from '../independent/kit.ts';

const STEP = 95;

// ---------------------------------------------------------------------------------------------
// Page shell (assumed in-call markers, see the header).

function toolbox(): string {
  return (
    '<div id="new-toolbox" class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">' +
    '<div aria-label="Mute microphone" aria-pressed="false" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg viewBox="0 0 24 24"></svg></div></div>' +
    '<div aria-label="Stop subtitles" aria-pressed="true" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon toggled"><svg viewBox="0 0 24 24"></svg></div></div>' +
    '<div aria-label="Toggle tile view" aria-pressed="false" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg viewBox="0 0 24 24"></svg></div></div>' +
    '<div aria-label="Leave the meeting" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon hangup-button"><svg viewBox="0 0 24 24"></svg></div></div>' +
    '</div></div></div>'
  );
}

function conference(stageExtra: string, pageExtra = ''): string {
  return (
    '<div id="react"><div id="videoconference_page">' +
    '<div id="videospace">' +
    '<div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" muted></video></div>' +
    stageExtra +
    '</div>' +
    '<div class="filmstrip"><div id="filmstripRemoteVideos"></div></div>' +
    '</div>' +
    pageExtra +
    toolbox() +
    '</div></div>'
  );
}

function leaveConference(p: Page) {
  p.doc.getElementById('videoconference_page')?.remove();
}

// ---------------------------------------------------------------------------------------------
// A tiny model of Jitsi's transcript state (messages by id) and the view that renders it. A
// re-mounted view renders every message still held in state, as new nodes.

interface Msg {
  name: string;
  text: string;
  time: string;
  final: boolean;
  node: Text | null;
  item: HTMLElement | null;
}

interface ViewSpec {
  /** Creates the caption root for a fresh mount, or returns the existing one (panel). */
  root(doc: Document): HTMLElement;
  /** Where entries go inside the root. */
  list(root: HTMLElement): HTMLElement;
  /** One entry: the element and the empty text node the transcriber rewrites. */
  item(doc: Document, m: Msg, prev: Msg | undefined): { item: HTMLElement; node: Text };
  /** What the text node shows for a message. */
  show(m: Msg): string;
  /** Called when the final arrives (e.g. an interim class dropped). */
  onFinal?(m: Msg): void;
  /** Whether the root stays mounted with no messages (panel) or unmounts (overlay). */
  keepEmpty: boolean;
}

class View {
  msgs: Msg[] = [];
  root: HTMLElement | null = null;
  constructor(
    private p: Page,
    private spec: ViewSpec,
    public parent: () => HTMLElement,
  ) {}

  private render(m: Msg, prev: Msg | undefined, list: HTMLElement) {
    const { item, node } = this.spec.item(this.p.doc, m, prev);
    node.data = this.spec.show(m);
    m.item = item;
    m.node = node;
    list.appendChild(item);
  }

  private mount() {
    const root = this.spec.root(this.p.doc);
    const list = this.spec.list(root);
    this.msgs.forEach((m, i) => this.render(m, this.msgs[i - 1], list));
    if (!root.isConnected) this.parent().appendChild(root);
    this.root = root;
  }

  add(name: string, first: string, time = ''): Msg {
    const m: Msg = { name, text: first, time, final: false, node: null, item: null };
    const prev = this.msgs[this.msgs.length - 1];
    this.msgs.push(m);
    if (!this.root) this.mount();
    else this.render(m, prev, this.spec.list(this.root));
    return m;
  }

  set(m: Msg, text: string) {
    m.text = text;
    if (m.node) m.node.data = this.spec.show(m);
  }

  finalize(m: Msg, text: string) {
    m.final = true;
    this.set(m, text);
    this.spec.onFinal?.(m);
  }

  /** Jitsi drops a message some seconds after its final; an empty overlay unmounts. */
  expire(m: Msg) {
    this.msgs = this.msgs.filter((x) => x !== m);
    m.item?.remove();
    if (!this.msgs.length && !this.spec.keepEmpty) {
      this.root?.remove();
      this.root = null;
    }
  }

  keep(n: number) {
    while (this.msgs.length > n) this.expire(this.msgs[0]!);
  }

  /** Layout change: the old root goes away and a new one is mounted under a new parent. */
  remount(parent: () => HTMLElement) {
    this.root?.remove();
    this.root = null;
    this.parent = parent;
    if (this.msgs.length || this.spec.keepEmpty) this.mount();
  }
}

/** Grows the interim word by word from what the message already shows. */
async function grow(p: Page, v: View, m: Msg, text: string) {
  const words = text.split(' ');
  const have = m.text ? m.text.split(' ').length : 0;
  for (let i = have + 1; i <= words.length; i++) {
    v.set(m, words.slice(0, i).join(' '));
    await p.sleep(STEP);
  }
}

/** One transcript message: appears with its first word, grows, then its final replaces it. */
async function say(p: Page, v: View, name: string, interim: string, final: string, time = ''): Promise<Msg> {
  const m = v.add(name, interim.split(' ')[0]!, time);
  await p.sleep(STEP);
  await grow(p, v, m, interim);
  v.finalize(m, final);
  await p.sleep(STEP);
  return m;
}

function overlaySpec(cls: { root?: string; p?: string; span?: string; lifted?: () => boolean }): ViewSpec {
  return {
    keepEmpty: false,
    root(doc) {
      const r = doc.createElement('div');
      r.className = ['transcription-subtitles', cls.lifted?.() ? 'lifted' : '', cls.root ?? ''].filter(Boolean).join(' ');
      return r;
    },
    list: (root) => root,
    item(doc) {
      const para = doc.createElement('p');
      if (cls.p) para.className = cls.p;
      const span = doc.createElement('span');
      if (cls.span) span.className = cls.span;
      const node = doc.createTextNode('');
      span.appendChild(node);
      para.appendChild(span);
      return { item: para, node };
    },
    show: (m) => `${m.name}: ${m.text}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Scenario 1

const PRIYA = 'Dr. Priya Raman';
const TOM = 'Tom Becker';

/**
 * What it tests: the overlay from a new build whose obfuscated classes rotated, with an EXTRA
 * wrapper div around the caption root and a toast and a tooltip inserted next to the captions
 * inside that wrapper. The clinician starts alone (root carries `lifted`); the patient joins while
 * her first message grows, so `lifted` is dropped by a class mutation mid-message. Old paragraphs
 * expire one by one; during a pause every paragraph expires, the overlay unmounts, and the next
 * message mounts a NEW `.transcription-subtitles` node (§9). The patient's turn 4 spans two
 * paragraphs (a new message id after a final) and must come out as one turn. One interim word is
 * revised by the transcriber ("bean" → "been") before the final.
 * Keeps: class `transcription-subtitles`, `<p>` › `<span>` "Name: text", interim→final in the same
 * paragraph, `lifted` semantics (§6).
 * Varies: hashed classes `tss-…` on root, `<p>` and `<span>` (rotated vs. any earlier build), an
 * extra wrapper `div.tss-7hq2mc-captionsWrapper` (assumption: the new build wraps the overlay for
 * positioning), an `aria-live` toast ("… joined the meeting") and a `role=tooltip` popover
 * ("Stop subtitles") as siblings of the root inside the wrapper, and root unmount/re-mount.
 * Assumption: the overlay root is only mounted while at least one message is held (Jitsi renders
 * nothing with no transcripts), and the wrapper stays.
 */
const wrapperRotated: Scenario = {
  name: 'jitsi r24: rotated classes, extra wrapper, lifted dropped mid-message, toast and tooltip, overlay re-mount',
  url: 'https://meet.jit.si/RiversideCardiologyFollowUp',
  selfNames: [PRIYA],
  body: conference('<div class="tss-7hq2mc-captionsWrapper"></div>'),
  async play(p) {
    let alone = true;
    const wrap = () => q(p.doc, '.tss-7hq2mc-captionsWrapper');
    const v = new View(
      p,
      overlaySpec({ root: 'tss-1f8g2h-container', p: 'tss-9d3k1f-subtitle', span: 'tss-2mz8wq-text', lifted: () => alone }),
      wrap,
    );

    // Turn 1: the clinician, alone; the patient joins mid-message.
    const m1 = v.add(PRIYA, 'hi');
    await p.sleep(STEP);
    await grow(p, v, m1, 'hi tom i can see you joining');
    alone = false;
    v.root?.classList.remove('lifted');
    const toast = el(
      p.doc,
      '<div class="tss-5vzq0r-toast" role="alert" aria-live="polite"><div class="tss-5vzq0r-title">Tom Becker joined the meeting</div><button aria-label="Close" class="tss-5vzq0r-close">×</button></div>',
    );
    wrap().insertBefore(toast, v.root);
    q(p.doc, '#filmstripRemoteVideos').appendChild(
      el(p.doc, '<span id="participant_3f9a21" class="videocontainer"><span class="displayname">Tom Becker</span></span>'),
    );
    await grow(p, v, m1, 'hi tom i can see you joining now give it a second');
    v.finalize(m1, 'Hi Tom, I can see you joining now, give it a second.');
    await p.sleep(600);

    // Turn 2
    await say(p, v, TOM, 'hi doctor raman yes i can hear you fine', 'Hi Doctor Raman, yes, I can hear you fine.');
    await p.sleep(400);
    toast.remove();
    await p.sleep(200);

    // Turn 3, with an unstable word revised before the final.
    const m3 = v.add(PRIYA, 'great');
    await p.sleep(STEP);
    await grow(p, v, m3, 'great how has your blood pressure bean');
    v.set(m3, 'great how has your blood pressure been');
    await p.sleep(STEP);
    await grow(p, v, m3, 'great how has your blood pressure been since we changed the dose');
    v.finalize(m3, 'Great. How has your blood pressure been since we changed the dose?');
    await p.sleep(300);
    v.keep(2);
    await p.sleep(300);

    // Turn 4: two messages from the patient (a new paragraph after the first final).
    await say(p, v, TOM, 'mostly around one thirty over eighty in the mornings', 'Mostly around one thirty over eighty in the mornings.');
    v.keep(2);
    await say(p, v, TOM, 'i did get a bit dizzy on tuesday though', 'I did get a bit dizzy on Tuesday though.');
    v.keep(2);

    // Silence: every message expires, the overlay root unmounts (the wrapper stays).
    await p.sleep(700);
    v.keep(1);
    await p.sleep(300);
    v.keep(0);
    await p.sleep(500);

    // Turn 5: a brand-new root.
    await say(p, v, PRIYA, 'did the dizziness happen when you stood up quickly', 'Did the dizziness happen when you stood up quickly?');
    const tip = el(p.doc, '<div role="tooltip" class="tss-0kq2sd-popover">Stop subtitles</div>');
    wrap().appendChild(tip);
    await p.sleep(500);

    // Turn 6
    await say(p, v, TOM, 'yes mostly when i get out of bed', 'Yes, mostly when I get out of bed.');
    v.keep(2);
    await p.sleep(300);
    tip.remove();
    await p.sleep(200);

    // Turn 7
    await say(p, v, PRIYA, 'okay try sitting on the edge of the bed for a minute first', 'Okay, try sitting on the edge of the bed for a minute first.');
    v.keep(2);
    await p.sleep(500);

    // Turn 8
    await say(p, v, TOM, 'sure i can do that', 'Sure, I can do that.');
    v.keep(2);
    await p.sleep(500);

    // Turn 9
    await say(p, v, PRIYA, 'great i will see you again in four weeks', 'Great, I will see you again in four weeks.');
  },
  leave: leaveConference,
  loose: true,
  forbidden: ['joined the meeting', 'Stop subtitles', 'Close', '×'],
  expected: [
    { speaker: PRIYA, role: 'clinician', text: 'Hi Tom, I can see you joining now, give it a second.' },
    { speaker: TOM, text: 'Hi Doctor Raman, yes, I can hear you fine.' },
    { speaker: PRIYA, role: 'clinician', text: 'Great. How has your blood pressure been since we changed the dose?' },
    { speaker: TOM, text: 'Mostly around one thirty over eighty in the mornings. I did get a bit dizzy on Tuesday though.' },
    { speaker: PRIYA, role: 'clinician', text: 'Did the dizziness happen when you stood up quickly?' },
    { speaker: TOM, text: 'Yes, mostly when I get out of bed.' },
    { speaker: PRIYA, role: 'clinician', text: 'Okay, try sitting on the edge of the bed for a minute first.' },
    { speaker: TOM, text: 'Sure, I can do that.' },
    { speaker: PRIYA, role: 'clinician', text: 'Great, I will see you again in four weeks.' },
  ],
};

// ---------------------------------------------------------------------------------------------
// Scenario 2

const LUCIA = 'Dr. Lucia Alvarez';
const GRACE = "Grace O'Neil";

/**
 * What it tests: a layout change mid-call re-mounts the caption view under a NEW parent, twice.
 * Stage view renders `.transcription-subtitles` directly in `#largeVideoContainer` with NO wrapper
 * and no classes at all on `<p>`/`<span>` (the less stable attributes absent). Mid-message (turn 4)
 * the clinician switches to tile view: the old root is removed, `#largeVideoContainer` is hidden and
 * a new root is mounted under a new `div.tss-r8w2pe-tileViewCaptions` in `#videospace`, re-rendering
 * the messages still held (the previous finals and the growing one) as new nodes; the growing one
 * then continues in its new node. After turn 7 the view switches back (re-mount under
 * `#largeVideoContainer`, again re-rendering the held finals shortly after the last one arrived).
 * Every word must still come out once. A patient text contains a colon ("2:30") after the
 * "Name: " separator, and the patient name has an apostrophe. A `role=tooltip` popover ("Enter
 * tile view" / "Exit tile view") is portalled into the page near the toolbox.
 * Keeps: class `transcription-subtitles`, `<p>` › `<span>` "Name: text", interim→final in place.
 * Varies: wrapper missing, no hashed or other classes on entries, no `lifted`, parent element of
 * the root (stage vs. tile), root node identity.
 * Assumptions (research silent): where Jitsi mounts the overlay in tile view (a different parent
 * than stage view), and that a re-mounted overlay re-renders every message still held in state;
 * messages expire keeping the latest two.
 */
const remountTile: Scenario = {
  name: 'jitsi r24: bare entries, view re-mounted under a new parent on tile-view toggle and back',
  url: 'https://meet.jit.si/NorthsidePulmonaryCheckin',
  selfNames: [LUCIA],
  body: conference(''),
  async play(p) {
    const stage = () => q(p.doc, '#largeVideoContainer');
    const v = new View(p, overlaySpec({}), stage);

    await say(p, v, LUCIA, 'good afternoon grace how is the new inhaler working', 'Good afternoon Grace, how is the new inhaler working?');
    await p.sleep(500);
    await say(p, v, GRACE, 'better i only needed it twice this week', 'Better, I only needed it twice this week.');
    await p.sleep(500);
    await say(p, v, LUCIA, "that's good any coughing at night", "That's good. Any coughing at night?");
    v.keep(2);
    const tip = el(p.doc, '<div role="tooltip" class="tss-3ua8zn-popover">Enter tile view</div>');
    p.doc.body.appendChild(tip);
    await p.sleep(450);

    // Turn 4: the layout switches to tile view while the patient is mid-sentence.
    const m4 = v.add(GRACE, 'a');
    await p.sleep(STEP);
    await grow(p, v, m4, 'a little mostly around');
    tip.remove();
    stage().style.display = 'none';
    const tile = el(p.doc, '<div class="tss-r8w2pe-tileViewCaptions"></div>');
    q(p.doc, '#videospace').appendChild(tile);
    q(p.doc, '#filmstripRemoteVideos').classList.add('tile-view');
    v.remount(() => tile);
    await p.sleep(STEP);
    await grow(p, v, m4, 'a little mostly around 2:30 in the morning');
    v.finalize(m4, 'A little, mostly around 2:30 in the morning.');
    await p.sleep(STEP);
    v.keep(2);
    await p.sleep(450);

    await say(p, v, LUCIA, 'are you using the spacer with it', 'Are you using the spacer with it?');
    v.keep(2);
    await p.sleep(500);
    await say(p, v, GRACE, 'not always i forget it at work', 'Not always, I forget it at work.');
    v.keep(2);
    await p.sleep(500);
    await say(p, v, LUCIA, 'try to keep one in your bag it really helps the medicine reach your lungs', 'Try to keep one in your bag, it really helps the medicine reach your lungs.');
    v.keep(2);

    // Back to stage view shortly after the final: a third root, under the stage again.
    const tip2 = el(p.doc, '<div role="tooltip" class="tss-3ua8zn-popover">Exit tile view</div>');
    p.doc.body.appendChild(tip2);
    await p.sleep(300);
    tip2.remove();
    tile.remove();
    q(p.doc, '#filmstripRemoteVideos').classList.remove('tile-view');
    stage().style.display = '';
    v.remount(stage);
    await p.sleep(600);

    await say(p, v, GRACE, 'okay i will should i still take the allergy tablet', 'Okay, I will. Should I still take the allergy tablet?');
    v.keep(2);
    await p.sleep(500);
    await say(p, v, LUCIA, 'yes keep taking it every morning until we talk again', 'Yes, keep taking it every morning until we talk again.');
    v.keep(2);
    await p.sleep(500);
    await say(p, v, GRACE, 'thank you doctor', 'Thank you, doctor.');
  },
  leave: leaveConference,
  loose: true,
  forbidden: ['Enter tile view', 'Exit tile view'],
  expected: [
    { speaker: LUCIA, role: 'clinician', text: 'Good afternoon Grace, how is the new inhaler working?' },
    { speaker: GRACE, text: 'Better, I only needed it twice this week.' },
    { speaker: LUCIA, role: 'clinician', text: "That's good. Any coughing at night?" },
    { speaker: GRACE, text: 'A little, mostly around 2:30 in the morning.' },
    { speaker: LUCIA, role: 'clinician', text: 'Are you using the spacer with it?' },
    { speaker: GRACE, text: 'Not always, I forget it at work.' },
    { speaker: LUCIA, role: 'clinician', text: 'Try to keep one in your bag, it really helps the medicine reach your lungs.' },
    { speaker: GRACE, text: 'Okay, I will. Should I still take the allergy tablet?' },
    { speaker: LUCIA, role: 'clinician', text: 'Yes, keep taking it every morning until we talk again.' },
    { speaker: GRACE, text: 'Thank you, doctor.' },
  ],
};

// ---------------------------------------------------------------------------------------------
// Scenario 3

const SAMUEL = 'Dr. Samuel Okafor';
const SAMIRA = 'Samira Haddad';

function panelSpec(): ViewSpec {
  const c = 'tss-4hb2se';
  return {
    keepEmpty: true,
    root: (doc) => q(doc, '#subtitles-messages-list'),
    list: (root) => root,
    item(doc, m, prev) {
      // No group wrapper in this build: [name?][content][time] items sit flat in the list, and the
      // name is left out when the previous item has the same sender.
      const item = doc.createElement('div');
      item.className = `${c}-subtitleMessage ${m.final ? '' : `${c}-interim`}`.trim();
      if (!prev || prev.name !== m.name) {
        const name = doc.createElement('div');
        name.className = `${c}-participantName`;
        name.textContent = m.name;
        item.appendChild(name);
      }
      const content = doc.createElement('div');
      content.className = `${c}-messageContent`;
      const node = doc.createTextNode('');
      content.appendChild(node);
      item.appendChild(content);
      const time = doc.createElement('div');
      time.className = `${c}-timestamp`;
      time.textContent = m.time;
      item.appendChild(time);
      return { item, node };
    },
    show: (m) => m.text,
    onFinal: (m) => m.item?.classList.remove(`${c}-interim`),
  };
}

/**
 * What it tests: the documented newer-build layout variant where subtitles are listed in the chat
 * panel's closed-captions tab (`#subtitles-messages-container` › `#subtitles-messages-list`) with
 * hashed classes and items `[name?][content][time]`. Items sit flat in the list (no per-group
 * wrapper), the name element is omitted on a continuation item from the same sender (turns 2 and
 * 5 each span two items, the second nameless, and must stay with that speaker), every item ends
 * with a timestamp that must never leak, a chat toast ("Samira Haddad" / "I also sent a second
 * photo in the chat") appears beside the panel, and a "New messages" scroll button is inserted
 * inside the container next to the list.
 * Keeps: the ids `#subtitles-messages-container` / `#subtitles-messages-list`, the item order
 * name?/content/time, interim→final rewrite of the same message (§6).
 * Varies: hashed class names (`tss-…`), the missing per-entry group wrapper, no overlay at all, the
 * name present only on the first item of a run.
 * Assumptions (research silent): the container wraps the list; with the captions tab open this
 * build renders no `.transcription-subtitles` overlay; the panel shows interim text and rewrites it
 * in place with the final (an `interim` class is dropped); names have no colon in the panel; the
 * local user's items carry his display name; the panel keeps its history (no expiry).
 */
const ccPanel: Scenario = {
  name: 'jitsi r24: chat-panel subtitles list, flat hashed items, nameless continuations, timestamps and toast',
  url: 'https://meet.jit.si/EastgateDermatologyVisit',
  selfNames: [SAMUEL],
  body: conference(
    '',
    '<div id="sideToolbarContainer" class="tss-x1c9v7-chatPanel">' +
      '<div role="tablist" class="tss-x1c9v7-tabs"><button role="tab" id="chat-tab" aria-selected="false" class="tss-x1c9v7-tab">Chat</button>' +
      '<button role="tab" id="cc-tab" aria-selected="true" class="tss-x1c9v7-tab tss-x1c9v7-selected">Closed captions</button></div>' +
      '<div role="tabpanel" aria-labelledby="cc-tab" class="tss-x1c9v7-tabPanel">' +
      '<div id="subtitles-messages-container" class="tss-0pq7ld-container"><div id="subtitles-messages-list" class="tss-0pq7ld-messagesList"></div></div>' +
      '</div></div>',
  ),
  async play(p) {
    const v = new View(p, panelSpec(), () => q(p.doc, '#subtitles-messages-container'));

    await say(p, v, SAMUEL, 'hello samira i can see the photo you uploaded before the visit', 'Hello Samira, I can see the photo you uploaded before the visit.', '14:02');
    await p.sleep(500);
    await say(p, v, SAMIRA, 'thanks the rash started on my forearm about five days ago', 'Thanks. The rash started on my forearm about five days ago.', '14:02');
    await say(p, v, SAMIRA, 'it itches more at night', 'It itches more at night.', '14:03');

    const toast = el(
      p.doc,
      '<div role="alert" aria-live="polite" class="tss-8bq1ke-notification"><div class="tss-8bq1ke-title">Samira Haddad</div><div class="tss-8bq1ke-description">I also sent a second photo in the chat</div></div>',
    );
    const side = q(p.doc, '#sideToolbarContainer');
    side.parentElement!.insertBefore(toast, side);
    await p.sleep(500);

    await say(p, v, SAMUEL, 'have you started any new soaps or medications recently', 'Have you started any new soaps or medications recently?', '14:03');
    const more = el(
      p.doc,
      '<button aria-label="Scroll to new messages" class="tss-0pq7ld-newMessagesButton"><span>New messages</span></button>',
    );
    q(p.doc, '#subtitles-messages-container').appendChild(more);
    await p.sleep(500);

    await say(p, v, SAMIRA, 'i switched laundry detergent last week', 'I switched laundry detergent last week.', '14:03');
    toast.remove();
    await p.sleep(500);

    await say(p, v, SAMUEL, 'that could be it try going back to your old detergent', 'That could be it. Try going back to your old detergent.', '14:04');
    await say(p, v, SAMUEL, 'and use a fragrance free moisturizer twice a day', 'And use a fragrance free moisturizer twice a day.', '14:04');
    more.remove();
    await p.sleep(500);

    await say(p, v, SAMIRA, 'should i use the hydrocortisone cream i have at home', 'Should I use the hydrocortisone cream I have at home?', '14:04');
    await p.sleep(500);
    await say(p, v, SAMUEL, 'yes a thin layer twice daily for one week is fine', 'Yes, a thin layer twice daily for one week is fine.', '14:05');
    await p.sleep(500);
    await say(p, v, SAMIRA, 'okay thank you so much', 'Okay, thank you so much.', '14:05');
  },
  leave: leaveConference,
  loose: true,
  forbidden: ['14:0', 'second photo', 'New messages', 'Closed captions', 'Scroll to new'],
  expected: [
    { speaker: SAMUEL, role: 'clinician', text: 'Hello Samira, I can see the photo you uploaded before the visit.' },
    { speaker: SAMIRA, text: 'Thanks. The rash started on my forearm about five days ago. It itches more at night.' },
    { speaker: SAMUEL, role: 'clinician', text: 'Have you started any new soaps or medications recently?' },
    { speaker: SAMIRA, text: 'I switched laundry detergent last week.' },
    { speaker: SAMUEL, role: 'clinician', text: 'That could be it. Try going back to your old detergent. And use a fragrance free moisturizer twice a day.' },
    { speaker: SAMIRA, text: 'Should I use the hydrocortisone cream I have at home?' },
    { speaker: SAMUEL, role: 'clinician', text: 'Yes, a thin layer twice daily for one week is fine.' },
    { speaker: SAMIRA, text: 'Okay, thank you so much.' },
  ],
};

export const jitsiScenarios: Scenario[] = [wrapperRotated, remountTile, ccPanel];
