/**
 * Microsoft Teams (new/v2): independent scenarios, round 18.
 *
 * Written only from /work/shared/research/caption-platforms.md and the scenario kit/runner. No product
 * source and no other scenario or fixture files were read. Research sections used:
 *   §1    cross-platform summary (one list item per utterance, virtualised list, own display name for self)
 *   §4.1  URL shapes (teams.microsoft.com/v2, teams.live.com light meetings, teams.cloud.microsoft); in-call
 *         markers #hangup-button / button[data-tid=hangup-main-btn] / button[data-tid=anon-hangup-button]
 *   §4.2  captions on = [data-tid=closed-caption-renderer-wrapper] present (class .f419p8h); caption settings
 *   §4.3  wrapper › closed-caption-v2-window-wrapper › closed-caption-v2-virtual-list-content; the 2026 host item
 *         outline (fui-ChatMessageCompact, items-renderer around the avatar, author div + div.fui-Flex › text);
 *         the guest variant (no items-renderer: virtual-list-content › div › author + text); no caption ids
 *   §4.4  in-place refinement (word growth, then re-punctuation / capitalisation), one item per utterance (same
 *         speaker → consecutive items), the previous item never changes once a new one appears, limited
 *         retention (old items removed), element reuse after the caption window was moved or resized (LCS #5)
 *   §4.5  self captions carry the display name
 *   §8    data-tid anchors, re-attach when the root is re-mounted, identity under virtualisation
 *   §9    fixture checklist (host vs guest, retention, re-punctuation, root removed and re-added)
 */
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const tight = (html: string): string => html.replace(/>\s+</g, '><').trim();

/** Word-update intervals: fast runs 95–200 ms, product-timing runs 150–250 ms. */
const FAST = [110, 160, 95, 190, 125, 145, 200, 105, 170, 135];
const REAL = [185, 230, 155, 210, 245, 170, 200, 160, 225, 190];

const WRAPPER = '[data-tid="closed-caption-renderer-wrapper"]';
const CONTENT = '[data-tid="closed-caption-v2-virtual-list-content"]';
const TEXT = '[data-tid="closed-caption-text"]';

type Variant = 'host' | 'guest';
interface Who {
  name: string;
  avatar: string;
}
interface Item {
  el: HTMLElement;
  text: Text;
}

/** The interim form Teams shows before refining: no punctuation, first letter lower-case (§4.4 VEXA example). */
const interim = (final: string): string => final.replace(/[.,?!;:]/g, '').replace(/^./, (c) => c.toLowerCase());

function captionWrapperHtml(variant: Variant): string {
  return `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___1nu8x2k">
    <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___7tq2m0">
      <div data-tid="closed-caption-v2-virtual-list-content" class="___1k5xq3a">${variant === 'host' ? '<div class="fui-Flex ___p0l3sd"></div>' : ''}</div>
    </div>
  </div>`;
}

function itemHtml(variant: Variant, who: Who): string {
  const body = `<div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___9zq1ab">${who.name}</span></span></div>
    <div class="fui-Flex ___k2vp1m"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___mq7c4e"></span></div>`;
  if (variant === 'guest') return `<div class="fui-Flex ___g1e5t0">${body}</div>`;
  return `<div class="fui-Flex ___a1b2c3"><div class="fui-Flex ___d4e5f6"><div class="fui-Flex ___g7h8i9">
    <div class="fui-ChatMessageCompact ___x1y2z3">
      <div></div>
      <div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
        <span role="presentation" class="fui-Avatar r81b29z"><img class="fui-Avatar__image" aria-hidden="true" src="https://teams.example-cdn.net/profile/${who.avatar}.jpg"></span>
      </div></div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>${body}</div></div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    </div>
  </div></div></div>`;
}

function teamsBody(o: { variant: Variant; people: string[]; chatFrom: string; chat: string }): string {
  const hangup =
    o.variant === 'host'
      ? '<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave"><span>Leave</span></button>'
      : '<button data-tid="anon-hangup-button" aria-label="Leave"><span>Leave</span></button>';
  return tight(`<div id="app" data-tid="app-layout">
    <div data-tid="meeting-stage" class="fui-Flex ___st4ge0">
      <div data-tid="video-gallery" class="___g4ll3r">
        ${o.people.map((n) => `<div data-tid="video-tile" data-stream-type="Video"><span data-tid="participant-name">${n}</span></div>`).join('')}
      </div>
      ${captionWrapperHtml(o.variant)}
    </div>
    <div data-tid="calling-controls" role="toolbar">
      <button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More"><span>More</span></button>
      ${hangup}
    </div>
    <div data-tid="meeting-chat-pane" role="log">
      <div class="fui-ChatMessage ___c9m1"><span data-tid="message-author-name">${o.chatFrom}</span><div data-tid="chat-pane-message-body">${o.chat}</div></div>
    </div>
  </div>`);
}

/** Leaving: the meeting UI (controls, stage, captions) is torn down for a post-call screen (assumption). */
function teamsLeave(p: Page): void {
  p.doc.getElementById('app')?.remove();
  p.doc.body.append(el(p.doc, tight('<div data-tid="post-call-screen"><h2>You left the meeting</h2><button>Rejoin</button><button>Dismiss</button></div>')));
}

function toast(p: Page, text: string): HTMLElement {
  const t = el(p.doc, `<div data-tid="notification-toast" role="alert"><span>${text}</span></div>`);
  p.doc.body.append(t);
  return t;
}

/** Drives the Teams caption list (§4.3/§4.4). */
class TeamsCall {
  readonly items: Item[] = [];
  private k = 0;

  constructor(
    private readonly p: Page,
    private readonly steps: number[],
    private readonly variant: Variant,
  ) {}

  pause(ms: number): Promise<void> {
    return this.p.sleep(ms);
  }

  private tick(): Promise<void> {
    return this.p.sleep(this.steps[this.k++ % this.steps.length]!);
  }

  private listIn(root: ParentNode): HTMLElement {
    const content = q(root, CONTENT);
    return this.variant === 'host' ? (content.firstElementChild as HTMLElement) : content;
  }

  list(): HTMLElement {
    return this.listIn(this.p.doc);
  }

  open(who: Who, first: string): Item {
    const doc = this.p.doc;
    const node = el(doc, tight(itemHtml(this.variant, who)));
    const text = doc.createTextNode(first);
    q(node, TEXT).appendChild(text);
    this.list().appendChild(node);
    const item = { el: node, text };
    this.items.push(item);
    return item;
  }

  /** One utterance: a new item, word-by-word growth in place, then the refined (re-punctuated) text. */
  async say(who: Who, final: string, hook?: (i: number) => unknown): Promise<Item> {
    const words = interim(final).split(' ');
    const it = this.open(who, words[0]!);
    await hook?.(1);
    await this.tick();
    for (let i = 2; i <= words.length; i++) {
      it.text.data = words.slice(0, i).join(' ');
      await hook?.(i);
      await this.tick();
    }
    it.text.data = final;
    await this.tick();
    return it;
  }

  /** Virtualised retention: the oldest rendered item leaves while more than `keep` are rendered. */
  dropOldest(keep: number): void {
    const kids = Array.from(this.list().children);
    if (kids.length > keep) kids[0]!.remove();
  }

  /** Moves the caption wrapper (same nodes) under another parent. */
  move(into: Element, before: Element | null = null): void {
    into.insertBefore(q(this.p.doc, WRAPPER), before);
  }

  /** Re-mounts the caption wrapper: new nodes, only the last `keepLast` items re-rendered with their text. */
  remount(into: Element, before: Element | null, keepLast: number, extraClass = ''): void {
    const old = q(this.p.doc, WRAPPER);
    const oldKids = Array.from(this.list().children);
    const fresh = old.cloneNode(true) as HTMLElement;
    if (extraClass) fresh.classList.add(extraClass);
    const freshKids = Array.from(this.listIn(fresh).children);
    const cut = Math.max(0, freshKids.length - keepLast);
    for (const c of freshKids.slice(0, cut)) c.remove();
    for (const it of this.items) {
      const i = oldKids.indexOf(it.el);
      if (i < cut) continue;
      it.el = freshKids[i] as HTMLElement;
      it.text = q(it.el, TEXT).firstChild as Text;
    }
    old.remove();
    into.insertBefore(fresh, before);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Knee follow-up with a screen share (host view). Assumptions (research silent on screen sharing): starting a
//    share MOVES the caption wrapper (same nodes) into the sharing layout, while the clinician is mid-utterance;
//    stopping the share re-mounts the wrapper on the normal stage as NEW nodes re-rendering only the last 6 items
//    with their final text (virtualised list rebuilt; cf. the element reuse after moving the caption window, LCS
//    #5). Sharing banners are page text outside the caption list. Same-speaker continuations are separate items.
// ---------------------------------------------------------------------------------------------------------------
function screenShareScenario(): Scenario {
  const SELF = 'Dr. Kevin Osei';
  const dr: Who = { name: SELF, avatar: 'kosei-7f31' };
  const hannah: Who = { name: 'Hannah Lee', avatar: 'hlee-2b90' };
  const t = {
    hi: 'Hi Hannah, how has the knee been since the injection?',
    better: "Much better for the first week, but now it's stiff again in the mornings.",
    common: "That's pretty common. I want to show you a few exercises, so I'll share my screen.",
    see: 'Can you see the diagram of the straight leg raise?',
    yes: 'Yes, I can see it.',
    ten: 'Do ten of these slowly, twice a day.',
    straight: 'Keep the knee straight the whole time.',
    before: 'Should I do them before or after my walk?',
    warm: 'Before is better, it warms up the muscles.',
    stairs: 'Okay. And the stairs? Going down really hurts.',
    lead: 'Go up with your good leg first and come down with the sore leg first.',
    gotIt: 'Good leg up, sore leg down. Got it.',
    stopped: "I've stopped sharing. Any swelling or warmth in the knee?",
    swelling: 'A little swelling at night, but no warmth.',
    ice: "Ice it for fifteen minutes after the exercises and we'll check in again in two weeks.",
    thanks: 'Thanks, doctor.',
  };
  return {
    name: 'teams18: screen share moves the caption window, stopping it re-mounts the list (host)',
    url: 'https://teams.microsoft.com/v2/',
    selfNames: [SELF],
    body: teamsBody({ variant: 'host', people: [SELF, 'Hannah Lee'], chatFrom: 'Hannah Lee', chat: 'sent you the photo of my knee' }),
    async play(p) {
      const c = new TeamsCall(p, FAST, 'host');
      await c.say(dr, t.hi);
      await c.pause(800);
      await c.say(hannah, t.better);
      await c.pause(500);
      await c.say(dr, t.common);
      await c.pause(600);
      await c.say(dr, t.see, (i) => {
        if (i !== 3) return;
        const stage = q(p.doc, '[data-tid="meeting-stage"]');
        const share = el(
          p.doc,
          tight(`<div data-tid="screen-share-stage">
            <div data-tid="sharing-indicator" role="status">You're presenting<button>Stop presenting</button></div>
            <div data-tid="shared-content"><canvas></canvas></div>
          </div>`),
        );
        stage.prepend(share);
        c.move(share);
      });
      await c.pause(700);
      await c.say(hannah, t.yes);
      await c.pause(500);
      await c.say(dr, t.ten);
      await c.pause(250);
      await c.say(dr, t.straight);
      await c.pause(600);
      await c.say(hannah, t.before);
      await c.pause(400);
      await c.say(dr, t.warm);
      await c.pause(700);
      await c.say(hannah, t.stairs);
      await c.pause(500);
      await c.say(dr, t.lead);
      await c.pause(450);
      await c.say(hannah, t.gotIt);
      await c.pause(900);
      // Share stops: the sharing layout goes away; the caption window is rebuilt on the stage.
      const stage = q(p.doc, '[data-tid="meeting-stage"]');
      c.remount(stage, null, 6);
      q(p.doc, '[data-tid="screen-share-stage"]').remove();
      await c.pause(700);
      await c.say(dr, t.stopped);
      await c.pause(500);
      await c.say(hannah, t.swelling);
      await c.pause(600);
      await c.say(dr, t.ice);
      await c.pause(400);
      await c.say(hannah, t.thanks);
    },
    leave: teamsLeave,
    expected: [
      { speaker: SELF, role: 'clinician', text: t.hi },
      { speaker: 'Hannah Lee', role: 'patient', text: t.better },
      { speaker: SELF, role: 'clinician', text: t.common },
      { speaker: SELF, role: 'clinician', text: t.see },
      { speaker: 'Hannah Lee', role: 'patient', text: t.yes },
      { speaker: SELF, role: 'clinician', text: t.ten },
      { speaker: SELF, role: 'clinician', text: t.straight },
      { speaker: 'Hannah Lee', role: 'patient', text: t.before },
      { speaker: SELF, role: 'clinician', text: t.warm },
      { speaker: 'Hannah Lee', role: 'patient', text: t.stairs },
      { speaker: SELF, role: 'clinician', text: t.lead },
      { speaker: 'Hannah Lee', role: 'patient', text: t.gotIt },
      { speaker: SELF, role: 'clinician', text: t.stopped },
      { speaker: 'Hannah Lee', role: 'patient', text: t.swelling },
      { speaker: SELF, role: 'clinician', text: t.ice },
      { speaker: 'Hannah Lee', role: 'patient', text: t.thanks },
    ] satisfies Expected[],
    forbidden: ["You're presenting", 'Stop presenting', 'sent you the photo'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Blood-pressure check on a bad line, guest view (teams.live.com light meeting). Assumptions: a stalled caption
//    stays as its interim text for 2.2 s and then keeps growing in the same text node; "Can you hear me?" is said
//    twice by each person as alternating items; the patient dropping shows a toast (outside the captions) and his
//    old items stay; while waiting, the clinician moves the captions to the top and enlarges the font, which
//    re-mounts the caption wrapper as NEW nodes above the gallery re-rendering the last 4 items (research: settings
//    re-render is [U]); after rejoining, the patient's items carry the same name.
// ---------------------------------------------------------------------------------------------------------------
function poorConnectionScenario(): Scenario {
  const SELF = 'Dr. Rachel Stein';
  const dr: Who = { name: SELF, avatar: 'rstein-01' };
  const peter: Who = { name: 'Peter Novak', avatar: 'pnovak-02' };
  const t = {
    hi: "Hi Peter, it's Dr. Stein. I'm calling about your blood pressure readings.",
    readings: "Hi doctor. I've been taking them every morning like you asked, and they're mostly around one forty.",
    hear: 'Can you hear me?',
    frozen: "Peter, you're frozen on my screen. I'll wait for you to reconnect.",
    moving: "While we wait, I'm moving the captions to the top of the screen.",
    back: "Sorry, my internet went out. I'm back now.",
    noProblem: 'No problem. So mostly around one forty?',
    yes: 'Yes.',
    headaches: 'Any headaches or dizziness?',
    no: 'No.',
    increase: "I'd like to increase the lisinopril to twenty milligrams.",
    checking: 'Okay. Should I keep checking every morning?',
    send: 'Yes, and send me the readings in two weeks.',
  };
  return {
    name: 'teams18: poor connection (stall, can-you-hear-me x2 each, drop/rejoin) and caption position change (guest)',
    url: 'https://teams.live.com/light-meetings/launch?anon=true',
    selfNames: [SELF],
    body: teamsBody({ variant: 'guest', people: [SELF, 'Peter Novak'], chatFrom: 'Peter Novak', chat: 'my cuff says error E2 sometimes' }),
    async play(p) {
      const c = new TeamsCall(p, FAST, 'guest');
      await c.say(dr, t.hi);
      await c.pause(900);
      // The patient's caption stalls after "asked" (interim word 11) and resumes in the same item.
      await c.say(peter, t.readings, async (i) => {
        if (i === 11) await c.pause(2200);
      });
      await c.pause(1300);
      await c.say(dr, t.hear);
      await c.pause(1000);
      await c.say(peter, t.hear);
      await c.pause(1200);
      await c.say(dr, t.hear);
      await c.pause(900);
      await c.say(peter, t.hear);
      await c.pause(800);
      await c.say(dr, t.frozen);
      await c.pause(400);
      const left = toast(p, 'Peter Novak has left the meeting');
      p.doc.querySelectorAll('[data-tid="video-tile"]')[1]?.remove();
      await c.pause(1500);
      left.remove();
      await c.say(dr, t.moving);
      await c.pause(500);
      // Caption settings: position top, larger font → the wrapper is re-mounted above the gallery.
      const stage = q(p.doc, '[data-tid="meeting-stage"]');
      c.remount(stage, stage.firstElementChild, 4, 'captions-top');
      await c.pause(1200);
      const joined = toast(p, 'Peter Novak joined the meeting');
      q(p.doc, '[data-tid="video-gallery"]').insertAdjacentHTML('beforeend', '<div data-tid="video-tile" data-stream-type="Video"><span data-tid="participant-name">Peter Novak</span></div>');
      await c.pause(800);
      await c.say(peter, t.back);
      joined.remove();
      await c.pause(500);
      await c.say(dr, t.noProblem);
      await c.pause(350);
      await c.say(peter, t.yes);
      await c.pause(500);
      await c.say(dr, t.headaches);
      await c.pause(400);
      await c.say(peter, t.no);
      await c.pause(600);
      await c.say(dr, t.increase);
      await c.pause(450);
      await c.say(peter, t.checking);
      await c.pause(500);
      await c.say(dr, t.send);
    },
    leave: teamsLeave,
    expected: [
      { speaker: SELF, role: 'clinician', text: t.hi },
      { speaker: 'Peter Novak', role: 'patient', text: t.readings },
      { speaker: SELF, role: 'clinician', text: t.hear },
      { speaker: 'Peter Novak', role: 'patient', text: t.hear },
      { speaker: SELF, role: 'clinician', text: t.hear },
      { speaker: 'Peter Novak', role: 'patient', text: t.hear },
      { speaker: SELF, role: 'clinician', text: t.frozen },
      { speaker: SELF, role: 'clinician', text: t.moving },
      { speaker: 'Peter Novak', role: 'patient', text: t.back },
      { speaker: SELF, role: 'clinician', text: t.noProblem },
      { speaker: 'Peter Novak', role: 'patient', text: t.yes },
      { speaker: SELF, role: 'clinician', text: t.headaches },
      { speaker: 'Peter Novak', role: 'patient', text: t.no },
      { speaker: SELF, role: 'clinician', text: t.increase },
      { speaker: 'Peter Novak', role: 'patient', text: t.checking },
      { speaker: SELF, role: 'clinician', text: t.send },
    ] satisfies Expected[],
    forbidden: ['has left the meeting', 'joined the meeting', 'error E2'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Migraine history with a nurse on the call, product timing (150–250 ms per word), host view on
//    teams.cloud.microsoft. Assumptions: the virtualised list renders only ~5 items, so the oldest items are
//    removed while the patient's long, multi-item turn grows (exact retention is [U], §10); the clinician's
//    "Mm-hmm." / "Okay." are their own items after the patient's item was refined; the patient continues in new
//    items. The patient speaks before the nurse, so the nurse gets no role.
// ---------------------------------------------------------------------------------------------------------------
function retentionScenario(): Scenario {
  const SELF = 'Dr. Amara Nwosu';
  const dr: Who = { name: SELF, avatar: 'anwosu-11' };
  const linda: Who = { name: 'Linda Fischer', avatar: 'lfischer-12' };
  const jordan: Who = { name: 'Jordan Blake', avatar: 'jblake-13' };
  const t = {
    hi: "Hi Linda, I'm Dr. Nwosu. Jordan, our nurse, is on the call as well.",
    both: 'Hi, nice to meet you both.',
    bp: 'Hi Linda. Doctor, her blood pressure this morning was one eighteen over seventy-six.',
    tell: 'Thanks, Jordan. Linda, tell me about the headaches.',
    spring: 'They started in the spring, usually on the left side behind my eye.',
    throb: "The pain throbs and I can't stand light or noise, so I lie down in a dark room for hours.",
    mmhmm: 'Mm-hmm.',
    lately: "Lately it's two or three a week, and the pills from the pharmacy don't help anymore.",
    missed: 'I missed four days of work last month.',
    okay: 'Okay.',
    sparkly: 'Sometimes my vision gets sparkly before it starts.',
    nausea: 'Any nausea with them?',
    yes: 'Yes.',
    numb: 'Any weakness or numbness in your arms?',
    no: 'No.',
    start: "I'm going to start a daily preventive and give you a rescue medicine for when one begins.",
    diary: "I'll send a headache diary to her portal today.",
    perfect: "Perfect. Keep the diary for a month and we'll meet again.",
  };
  return {
    name: 'teams18: long patient turn while old items are dropped, backchannels and one-word answers (product timing)',
    url: 'https://teams.cloud.microsoft/v2/',
    selfNames: [SELF],
    productTiming: true,
    body: teamsBody({ variant: 'host', people: [SELF, 'Linda Fischer', 'Jordan Blake'], chatFrom: 'Jordan Blake', chat: 'intake form uploaded to chart' }),
    async play(p) {
      const c = new TeamsCall(p, REAL, 'host');
      const trim = (i: number) => {
        if (i % 4 === 0) c.dropOldest(5);
      };
      await c.say(dr, t.hi);
      await c.pause(700);
      await c.say(linda, t.both);
      await c.pause(500);
      await c.say(jordan, t.bp);
      await c.pause(600);
      await c.say(dr, t.tell);
      await c.pause(800);
      await c.say(linda, t.spring, trim);
      await c.pause(300);
      await c.say(linda, t.throb, trim);
      await c.pause(250);
      await c.say(dr, t.mmhmm);
      await c.pause(350);
      await c.say(linda, t.lately, trim);
      await c.pause(300);
      await c.say(linda, t.missed, trim);
      await c.pause(200);
      await c.say(dr, t.okay);
      await c.pause(400);
      await c.say(linda, t.sparkly, trim);
      await c.pause(600);
      await c.say(dr, t.nausea);
      await c.pause(400);
      await c.say(linda, t.yes);
      await c.pause(500);
      await c.say(dr, t.numb);
      await c.pause(450);
      await c.say(linda, t.no);
      await c.pause(600);
      await c.say(dr, t.start, trim);
      await c.pause(700);
      await c.say(jordan, t.diary);
      await c.pause(500);
      await c.say(dr, t.perfect, trim);
    },
    leave: teamsLeave,
    expected: [
      { speaker: SELF, role: 'clinician', text: t.hi },
      { speaker: 'Linda Fischer', role: 'patient', text: t.both },
      { speaker: 'Jordan Blake', text: t.bp },
      { speaker: SELF, role: 'clinician', text: t.tell },
      { speaker: 'Linda Fischer', role: 'patient', text: t.spring },
      { speaker: 'Linda Fischer', role: 'patient', text: t.throb },
      { speaker: SELF, role: 'clinician', text: t.mmhmm },
      { speaker: 'Linda Fischer', role: 'patient', text: t.lately },
      { speaker: 'Linda Fischer', role: 'patient', text: t.missed },
      { speaker: SELF, role: 'clinician', text: t.okay },
      { speaker: 'Linda Fischer', role: 'patient', text: t.sparkly },
      { speaker: SELF, role: 'clinician', text: t.nausea },
      { speaker: 'Linda Fischer', role: 'patient', text: t.yes },
      { speaker: SELF, role: 'clinician', text: t.numb },
      { speaker: 'Linda Fischer', role: 'patient', text: t.no },
      { speaker: SELF, role: 'clinician', text: t.start },
      { speaker: 'Jordan Blake', text: t.diary },
      { speaker: SELF, role: 'clinician', text: t.perfect },
    ] satisfies Expected[],
    forbidden: ['intake form uploaded'],
  };
}

export const teamsScenarios: Scenario[] = [screenShareScenario(), poorConnectionScenario(), retentionScenario()];
