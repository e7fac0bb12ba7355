// Zoom web-client telehealth calls (round 20). Written blind from
// /work/shared/research/caption-platforms.md only — no product source, fixtures or other scenarios.
//
// Research sections used:
//   §1   cross-platform summary (Zoom: one rolling overlay node, no names in it; panel rows carry names)
//   §3.1 URL shapes (/wc/<8-12 digit id>/join|start, us04web/app/vanity hosts, ?fromPWA=1), the
//        same-origin <iframe id="webclient"> vs. top-document builds, in-call markers
//        (#audioOptionMenu, #wc-footer .footer__leave-btn-container button)
//   §3.3 overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img alt="" | initials
//        <span>) + span.live-transcription-subtitle__item, text rewritten in place, old words rolling off
//        the front, "returns showing the earlier speaker's ACCUMULATED window" on interleaving, avatar
//        <img> loading a moment after the initials bubble, TT's tile lookup (img.parentElement.nextSibling),
//        system lines ("Captions will be shown in English (US)", "You have left the meeting", "Meeting
//        recording…")
//   §3.4 transcript panel: [aria-label="Live Transcription List"] / .new-lt-list-container /
//        #full-transcription / .lt-full-transcript, rows .lt-full-transcript__item with avatar, display-name,
//        time and message parts, name header only on the first row of a run (…__title--first),
//        continuation rows without a name, a letter avatar inside the title, React-virtualised rows that
//        are recycled for other utterances, ASR re-punctuation and re-spelling of the trailing word
//   §7   Zoom for Healthcare = the same web client
//   §8   items 4, 7, 8, 9, 11 (characterData growth, stabilisation, wholesale replacement of recycled rows,
//        rolling-window overlap diffing, noise filters: status lines, timestamps, doubled initials)
//   §9   fixture checklist (growth, re-punctuation, long monologue rolling, retention/recycling,
//        img vs initials avatars, top document vs iframe)
//
// Conventions of this file:
// - A turn's text is written once in a tiny markup and both the page script and `expected` are derived
//   from it: `{heard|said}` shows "heard" word by word and later rewrites it to "said" (by default two
//   words later, `^n` = n words later, or at the turn's end / at a pause); `~900` is a 900 ms pause inside
//   the turn (the recogniser settles pending rewrites at a pause). `end` re-renders the whole turn once
//   more at its end (the recogniser's final re-punctuation).
// - Overlay model (§3.3): every speaker owns an accumulated word list; the overlay shows its tail, cut at
//   a word boundary to at most `width` characters, so old words drop off the front, and a rewrite near
//   the end re-cuts the front. A flip shows the other speaker's accumulated window plus their first new
//   word(s) in one render ("ACCUMULATED window"). `fresh` = the recogniser starts that speaker's window
//   anew, `clear` = the visible text empties first, then a new window starts, `remount` = the subtitle row
//   disappears and a new row element comes back later.
// - Overlay speakers are `{ key }` specs without roles: the overlay carries no names (§1, §3.3), so
//   nobody can be certain who is the local user. Panel speakers are the names the panel shows; roles only
//   where certain (selfNames person = clinician, first other speaker = patient).
import { el, q, type Expected, type Page, type Role, type Scenario, type SpeakerSpec } from '../independent/kit.ts';

// ------------------------------------------------------------------------------------------------
// small utilities

type Rand = () => number;
type Range = readonly [number, number];
type Who = 'c' | 'p';

/** xorshift32, so every run of a scenario produces the same timing. */
function seeded(seed: number): Rand {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}
const between = (r: Rand, [a, b]: Range) => Math.round(a + (b - a) * r());
const words = (s: string) => s.split(/\s+/).filter(Boolean);

// ------------------------------------------------------------------------------------------------
// turn markup

interface Seg {
  pause?: number;
  interim: string[];
  final: string[];
  lag: number;
}

function parse(markup: string): Seg[] {
  const out: Seg[] = [];
  const re = /\{([^|{}]*)\|([^|{}]*)\}(?:\^(\d+))?(?=\s|$)|(\S+)/g;
  for (const m of markup.matchAll(re)) {
    const plain = m[4];
    if (plain !== undefined) {
      if (/[{}|^]/.test(plain)) throw new Error(`scenario bug: bad markup near "${plain}" in "${markup}"`);
      const pause = /^~(\d+)$/.exec(plain);
      if (pause) out.push({ pause: Number(pause[1]), interim: [], final: [], lag: 0 });
      else out.push({ interim: [plain], final: [plain], lag: 0 });
    } else {
      out.push({ interim: words(m[1]!), final: words(m[2]!), lag: m[3] ? Number(m[3]) : 2 });
    }
  }
  return out;
}

/** What was actually said in a turn (after every rewrite). */
function said(markup: string, end?: string): string {
  return end ?? parse(markup).flatMap((s) => s.final).join(' ');
}

interface SpeakOpts {
  /** ms between recogniser updates. */
  step?: Range;
  /** Words that arrive together in the first update (spoken while the other person held the overlay). */
  burst?: number;
  /** Chance that a word arrives together with the next one. */
  multi?: number;
  /** Final re-rendition of the whole turn. */
  end?: string;
}

interface Fix {
  at: number;
  len: number;
  final: string[];
  due: number;
}

/**
 * Plays one turn into `acc` (the speaker's accumulated words), calling `render` after every visible
 * recogniser update and sleeping a step after it.
 */
async function speak(p: Page, r: Rand, acc: string[], markup: string, render: () => void, o: SpeakOpts): Promise<void> {
  const step = o.step ?? [90, 200];
  const multi = o.multi ?? 0.15;
  const start = acc.length;
  const segs = parse(markup);
  const total = segs.reduce((n, s) => n + s.interim.length, 0);
  const pending: Fix[] = [];
  let appended = 0;
  let dirty = false;
  let first = true;
  const hold = Math.max(1, o.burst ?? 1);
  const show = async () => {
    render();
    dirty = false;
    first = false;
    await p.sleep(between(r, step));
  };
  let segAt = 0; // where the segment being played starts in acc (a fix applied meanwhile moves it)
  const apply = async (f: Fix) => {
    acc.splice(f.at, f.len, ...f.final);
    for (const g of pending) if (g.at > f.at) g.at += f.final.length - f.len;
    if (segAt > f.at) segAt += f.final.length - f.len;
    await show();
  };
  const settleDue = async (all: boolean) => {
    for (let i = 0; i < pending.length; ) {
      const f = pending[i]!;
      if (all || appended >= f.due) {
        pending.splice(i, 1);
        await apply(f);
      } else i++;
    }
  };
  for (const s of segs) {
    if (s.pause !== undefined) {
      if (dirty) await show();
      await settleDue(true);
      await p.sleep(s.pause);
      continue;
    }
    segAt = acc.length;
    for (const w of s.interim) {
      acc.push(w);
      appended++;
      dirty = true;
      if (first && appended < hold) continue;
      if (!first && appended < total && r() < multi) continue;
      await show();
      await settleDue(false);
    }
    if (s.interim.join(' ') !== s.final.join(' ')) pending.push({ at: segAt, len: s.interim.length, final: s.final, due: appended + s.lag });
  }
  if (dirty) await show();
  await settleDue(true);
  if (o.end !== undefined) {
    acc.splice(start, acc.length - start, ...words(o.end));
    await show();
  }
}

// ------------------------------------------------------------------------------------------------
// page shell (§3.1)

const FRAME_TOP = `
<div id="root" class="wc-root">
  <div class="wc-frame-wrapper">
    <iframe id="webclient" title="Zoom Meeting" allow="camera; microphone; display-capture"></iframe>
  </div>
</div>`;

function meeting(o: { tiles?: string; main?: string; side?: string; top?: string }): string {
  return (
    `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">` +
    `<div class="meeting-info-container">${o.top ?? ''}</div>` +
    `<div class="meeting-client-inner"><div class="main-layout">${o.tiles ?? ''}${o.main ?? ''}</div>${o.side ?? ''}</div>` +
    `<div id="wc-footer" class="footer"><div class="footer__inner">` +
    `<div class="footer-button-base__button"><button id="audioOptionMenu" type="button" aria-label="Audio options"></button><span>Mute</span></div>` +
    `<div class="footer-button-base__button"><span>Stop Video</span></div>` +
    `<div class="footer-button-base__button"><span>Participants</span></div>` +
    `<div class="footer-button-base__button"><span>More</span></div>` +
    `<div class="footer__leave-btn-container"><button type="button" class="footer__leave-btn">Leave</button></div>` +
    `</div></div></div></div>`
  );
}

/** Participant tile laid out so that TT's `img.parentElement.nextSibling` finds the name (§3.3). */
function tile(name: string, img?: string, initials?: string): string {
  const pic = img ? `<img src="${img}" alt="">` : `<span class="video-avatar__initials">${initials ?? ''}</span>`;
  return `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img">${pic}</div><div class="video-avatar__avatar-footer"><span>${name}</span></div></div>`;
}

const BOX = `<div class="live-transcription-subtitle__box"></div>`;

function meetingDoc(p: Page, frame: boolean): Document {
  if (!frame) return p.doc;
  const f = q<HTMLIFrameElement>(p.doc, '#webclient');
  if (!f.contentDocument) throw new Error('scenario bug: #webclient has no contentDocument');
  return f.contentDocument;
}

function fillFrame(p: Page, html: string) {
  const d = meetingDoc(p, true);
  d.title = 'Zoom Meeting';
  d.body.innerHTML = html;
}

type LeaveStyle = 'markers' | 'unmount' | 'left-page';

/** Leaving: the footer with the leave button and #audioOptionMenu go away (§3.1). */
function leaveMeeting(doc: Document, style: LeaveStyle) {
  if (style === 'markers') {
    doc.querySelector('#audioOptionMenu')?.remove();
    doc.querySelector('#wc-footer')?.remove();
    return;
  }
  doc.querySelector('#wc-container')?.remove();
  if (style === 'left-page') {
    doc.body.appendChild(el(doc, '<div class="leave-meeting-container" role="status"><h3>You have left the meeting</h3></div>'));
  }
}

// ------------------------------------------------------------------------------------------------
// overlay (§3.3)

interface VoiceCfg {
  img?: string;
  initials: string;
  /** First appearance shows the initials bubble, the photo replaces it this many ms later. */
  flapMs?: number;
}
interface Voice extends VoiceCfg {
  key: Who;
  acc: string[];
}

function windowOf(acc: readonly string[], width: number): string {
  const out: string[] = [];
  let len = 0;
  for (let i = acc.length - 1; i >= 0; i--) {
    const w = acc[i]!;
    const add = w.length + (out.length ? 1 : 0);
    if (out.length && len + add > width) break;
    out.unshift(w);
    len += add;
  }
  return out.join(' ');
}

class Overlay {
  row: HTMLElement | null = null;
  text: Text | null = null;
  shown: Voice | null = null;
  private bg: Promise<void>[] = [];
  private seen = new Set<Who>();

  constructor(
    readonly p: Page,
    readonly doc: Document,
    readonly box: HTMLElement,
    readonly width: number,
  ) {}

  /** Takes over a row that is already on the page (e.g. one showing a status line). */
  adopt(): void {
    const row = this.box.querySelector<HTMLElement>('#live-transcription-subtitle');
    if (!row) return;
    const item = q(row, '.live-transcription-subtitle__item');
    let t = item.firstChild;
    if (!t || t.nodeType !== 3) {
      t = this.doc.createTextNode('');
      item.replaceChildren(t);
    }
    this.row = row;
    this.text = t as Text;
  }

  private mount(): void {
    const row = el(this.doc, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
    const t = this.doc.createTextNode('');
    q(row, '.live-transcription-subtitle__item').appendChild(t);
    this.box.appendChild(row);
    this.row = row;
    this.text = t;
    this.shown = null;
  }

  unmount(): void {
    this.row?.remove();
    this.row = null;
    this.text = null;
    this.shown = null;
  }

  clear(): void {
    if (this.text) this.text.data = '';
  }

  private avatar(v: Voice, initialsOnly: boolean): Element {
    return v.img && !initialsOnly ? el(this.doc, `<img src="${v.img}" alt="">`) : el(this.doc, `<span>${v.initials}</span>`);
  }

  private setAvatar(node: Element): void {
    const row = this.row!;
    const item = q(row, '.live-transcription-subtitle__item');
    const cur = item.previousElementSibling;
    if (cur) cur.replaceWith(node);
    else row.insertBefore(node, item);
  }

  show(v: Voice): void {
    if (!this.row) this.mount();
    if (this.shown !== v) {
      const flap = !!(v.img && v.flapMs && !this.seen.has(v.key));
      this.setAvatar(this.avatar(v, flap));
      if (flap) {
        this.bg.push(
          this.p.sleep(v.flapMs!).then(() => {
            if (this.shown === v && this.row) this.setAvatar(this.avatar(v, false));
          }),
        );
      }
      this.seen.add(v.key);
      this.shown = v;
    }
    this.text!.data = windowOf(v.acc, this.width);
  }

  async settle(): Promise<void> {
    await Promise.all(this.bg);
  }
}

// ------------------------------------------------------------------------------------------------
// transcript panel (§3.4)

interface Person {
  name: string;
  img?: string;
  letter: string;
}
type Variant = 'outline' | 'titled';

function clock(base: string): () => string {
  const [h, m, s] = base.split(':').map(Number) as [number, number, number];
  const t0 = Date.now();
  return () => {
    const t = h * 3600 + m * 60 + s + Math.floor((Date.now() - t0) / 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(Math.floor(t / 3600) % 24)}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
  };
}

class Panel {
  private rows: HTMLElement[] = [];
  private lastName: string | null = null;

  constructor(
    readonly doc: Document,
    readonly list: HTMLElement,
    readonly variant: Variant,
    readonly maxRows: number,
    readonly time: () => string,
  ) {}

  private html(who: Person, head: boolean): string {
    const cls = `lt-full-transcript__item${head ? ' lt-full-transcript__title--first' : ''}`;
    const time = `<span class="lt-full-transcript__time">${this.time()}</span>`;
    const msg = `<div class="lt-full-transcript__message"></div>`;
    if (!head) return `<div class="${cls}">${time}${msg}</div>`;
    const av = `<div class="lt-full-transcript__avatar">${who.img ? `<img src="${who.img}" alt="">` : `<span class="lt-full-transcript__avatar-letter">${who.letter}</span>`}</div>`;
    const name = `<span class="lt-full-transcript__display-name">${who.name}</span>`;
    return this.variant === 'outline'
      ? `<div class="${cls}">${av}${name}${time}${msg}</div>`
      : `<div class="${cls}"><div class="lt-full-transcript__title">${av}${name}${time}</div>${msg}</div>`;
  }

  /** A new bottom row; when the list is full the top row element is recycled for it. */
  addRow(who: Person): Text {
    const head = this.lastName !== who.name;
    this.lastName = who.name;
    const fresh = el(this.doc, this.html(who, head));
    let row: HTMLElement;
    if (this.rows.length >= this.maxRows) {
      row = this.rows.shift()!;
      row.remove();
      const oldText = row.querySelector('.lt-full-transcript__message')?.firstChild;
      if (row.className === fresh.className && oldText && oldText.nodeType === 3) {
        // Same shape: React keeps the elements and rewrites their strings in place.
        for (const sel of ['.lt-full-transcript__display-name', '.lt-full-transcript__time', '.lt-full-transcript__avatar']) {
          const from = fresh.querySelector(sel);
          const to = row.querySelector(sel);
          if (from && to) to.innerHTML = from.innerHTML;
        }
        (oldText as Text).data = '';
      } else {
        row.className = fresh.className;
        row.replaceChildren(...Array.from(fresh.childNodes));
      }
    } else row = fresh;
    this.list.appendChild(row);
    this.rows.push(row);
    const msg = q(row, '.lt-full-transcript__message');
    let t = msg.firstChild;
    if (!t || t.nodeType !== 3) {
      t = this.doc.createTextNode('');
      msg.replaceChildren(t);
    }
    return t as Text;
  }
}

/** Panel that follows the overlay `lag` ms late, coarser, and merges `joinPrev` turns into one row. */
class Mirror {
  private cur = new Map<number, string>();
  private nodes = new Map<number, Text>();
  private jobs: Promise<void>[] = [];
  private ticks = 0;
  private group: number[] = [];

  constructor(
    readonly p: Page,
    readonly panel: Panel,
    readonly lines: readonly Line[],
    readonly people: Record<Who, Person>,
    readonly lag: number,
  ) {
    lines.forEach((l, i) => this.group.push(l.o?.joinPrev && i > 0 ? this.group[i - 1]! : i));
  }

  tap(i: number, ws: readonly string[], last: boolean): void {
    if (!last && ++this.ticks % 2 === 1) return;
    const text = ws.join(' ');
    this.jobs.push(this.p.sleep(this.lag).then(() => this.apply(i, text)));
  }

  private apply(i: number, text: string): void {
    this.cur.set(i, text);
    const g = this.group[i]!;
    const body = this.lines
      .map((_, j) => j)
      .filter((j) => this.group[j] === g)
      .map((j) => this.cur.get(j) ?? '')
      .filter(Boolean)
      .join(' ');
    let node = this.nodes.get(g);
    if (!node) {
      node = this.panel.addRow(this.people[this.lines[g]!.who]);
      this.nodes.set(g, node);
    }
    node.data = body;
  }

  async settle(): Promise<void> {
    await Promise.all(this.jobs);
  }
}

// ------------------------------------------------------------------------------------------------
// scripts

interface Ctx {
  p: Page;
  doc: Document;
  people: Record<Who, Person>;
}

interface LineOpts extends SpeakOpts {
  /** Silence before the turn (ms). */
  gap?: number;
  start?: 'keep' | 'fresh' | 'clear' | 'remount';
  /** How long a cleared / removed overlay stays empty (ms). */
  hold?: number;
  /** Panel mirror: this turn lands in the previous turn's row. */
  joinPrev?: boolean;
  before?: (x: Ctx) => void;
}
interface Line {
  who: Who;
  text: string;
  o?: LineOpts;
}
const C = (text: string, o?: LineOpts): Line => ({ who: 'c', text, ...(o ? { o } : {}) });
const P = (text: string, o?: LineOpts): Line => ({ who: 'p', text, ...(o ? { o } : {}) });

interface Common {
  name: string;
  url: string;
  selfNames: string[];
  seed: number;
  frame: boolean;
  meeting: string;
  lines: Line[];
  forbidden: string[];
  leave: LeaveStyle;
  step?: Range;
  gaps?: Range;
  multi?: number;
  productTiming?: boolean;
}

interface OverlayCfg extends Common {
  width: number;
  voices: Record<Who, VoiceCfg>;
  mirror?: { people: Record<Who, Person>; lag: number; variant: Variant; maxRows: number; list: string; clock: string };
  /** Speaker specs; default `{ key }` per voice without roles (the overlay has no names). */
  speaker?: (l: Line, i: number) => { speaker: SpeakerSpec; role?: Role };
}

function base(c: Common): Pick<Scenario, 'name' | 'url' | 'selfNames' | 'body' | 'prepare' | 'leave' | 'forbidden'> {
  return {
    name: c.name,
    url: c.url,
    selfNames: c.selfNames,
    body: c.frame ? FRAME_TOP : c.meeting,
    ...(c.frame ? { prepare: (p: Page) => fillFrame(p, c.meeting) } : {}),
    leave: (p: Page) => leaveMeeting(meetingDoc(p, c.frame), c.leave),
    forbidden: c.forbidden,
  };
}

function overlayScenario(c: OverlayCfg): Scenario {
  const spec = c.speaker ?? ((l: Line) => ({ speaker: { key: l.who === 'c' ? 'clinician' : 'patient' } }));
  const expected: Expected[] = c.lines.map((l, i) => ({ ...spec(l, i), text: said(l.text, l.o?.end) }));
  return {
    ...base(c),
    expected,
    ...(c.productTiming ? { productTiming: true } : {}),
    async play(p) {
      const doc = meetingDoc(p, c.frame);
      const r = seeded(c.seed);
      const ov = new Overlay(p, doc, q(doc, '.live-transcription-subtitle__box'), c.width);
      ov.adopt();
      const voices: Record<Who, Voice> = {
        c: { ...c.voices.c, key: 'c', acc: [] },
        p: { ...c.voices.p, key: 'p', acc: [] },
      };
      const people = c.mirror ? { ...c.mirror.people } : { c: { name: '', letter: '' }, p: { name: '', letter: '' } };
      const mirror = c.mirror
        ? new Mirror(p, new Panel(doc, q(doc, c.mirror.list), c.mirror.variant, c.mirror.maxRows, clock(c.mirror.clock)), c.lines, people, c.mirror.lag)
        : null;
      for (const [i, line] of c.lines.entries()) {
        const o = line.o ?? {};
        const v = voices[line.who];
        await p.sleep(o.gap ?? between(r, c.gaps ?? [300, 900]));
        o.before?.({ p, doc, people });
        if (o.start === 'clear') {
          ov.clear();
          await p.sleep(o.hold ?? 500);
        } else if (o.start === 'remount') {
          ov.unmount();
          await p.sleep(o.hold ?? 900);
        }
        if (o.start && o.start !== 'keep') v.acc = [];
        const acc = v.acc;
        const from = acc.length;
        await speak(
          p,
          r,
          acc,
          line.text,
          () => {
            ov.show(v);
            mirror?.tap(i, acc.slice(from), false);
          },
          { step: c.step, multi: c.multi, ...o },
        );
        mirror?.tap(i, acc.slice(from), true);
      }
      await ov.settle();
      await mirror?.settle();
      await p.sleep(300);
    },
  };
}

interface PanelCfg extends Common {
  people: Record<Who, Person>;
  variant: Variant;
  maxRows: number;
  list: string;
  clock: string;
  speaker: (l: Line, i: number) => { speaker: SpeakerSpec; role?: Role };
}

function panelScenario(c: PanelCfg): Scenario {
  const expected: Expected[] = c.lines.map((l, i) => ({ ...c.speaker(l, i), text: said(l.text, l.o?.end) }));
  return {
    ...base(c),
    expected,
    ...(c.productTiming ? { productTiming: true } : {}),
    async play(p) {
      const doc = meetingDoc(p, c.frame);
      const r = seeded(c.seed);
      const panel = new Panel(doc, q(doc, c.list), c.variant, c.maxRows, clock(c.clock));
      const people: Record<Who, Person> = { ...c.people };
      for (const line of c.lines) {
        const o = line.o ?? {};
        await p.sleep(o.gap ?? between(r, c.gaps ?? [400, 1100]));
        o.before?.({ p, doc, people });
        const who = people[line.who];
        const acc: string[] = [];
        let node: Text | null = null;
        await speak(
          p,
          r,
          acc,
          line.text,
          () => {
            node ??= panel.addRow(who);
            node.data = acc.join(' ');
          },
          { step: c.step ?? [110, 260], multi: c.multi ?? 0.3, ...o },
        );
      }
      await p.sleep(300);
    },
  };
}

const IMG = (id: string) => `https://us04images.zoom.us/p/v2/${id}/avatar.jpg?size=120`;

// ------------------------------------------------------------------------------------------------
// 1. crosstalk
// Assumptions (research silent): while the patient talks over the clinician, the clinician's words keep
// being recognised but are not displayed, so the flip back shows the clinician's accumulated window
// plus the 2-3 words said during the overlap in one render; each speaker's window is kept for the whole
// call (never cleared); the patient has no photo (initials bubble), the clinician has one; gallery
// tiles carry the names in the TT-style layout; leaving unmounts #wc-container and shows "You have left
// the meeting" inside the iframe.
// Expected split: turns are cut where the overlay flips (what each person said, in time order).

const crosstalk = overlayScenario({
  name: 'zoom overlay (iframe): crosstalk flips the overlay mid-sentence and back to finish it',
  url: 'https://app.zoom.us/wc/84512093377/join?fromPWA=1',
  selfNames: ['Dr. Helen Achterberg'],
  seed: 2001,
  frame: true,
  width: 120,
  leave: 'left-page',
  voices: {
    c: { img: IMG('7f3a0c9e41d2'), initials: 'HA' },
    p: { initials: 'GW' },
  },
  meeting: meeting({
    tiles: `<div class="gallery-video-container">${tile('Dr. Helen Achterberg', IMG('7f3a0c9e41d2'))}${tile('Gerald Whitfield', undefined, 'GW')}</div>`,
    main: BOX,
  }),
  lines: [
    C("Good morning, Mr. {Whit field.|Whitfield.} I've got your blood pressure log open in front of me.", { gap: 400 }),
    P('Morning, doc. I sent it through the portal last night.', { gap: 700 }),
    C('Thank you. So your evening readings are still running high, and what that tells me is that the', { gap: 600 }),
    P("It's the salt, isn't it?", { gap: 60 }),
    C("dose we started in March isn't lasting through the whole day.", { gap: 80, burst: 3 }),
    P('Okay. I did cut back on the salt, though.', { gap: 500 }),
    C("That definitely helps. What I'd like to do is move your {am low to pin|amlodipine} to the evening and add", { gap: 650 }),
    P('Another pill?', { gap: 50 }),
    C('a low dose of a second medicine in the morning.', { gap: 70, burst: 2 }),
    P('I already take six different things. My wife has to', { gap: 700 }),
    C('I understand.', { gap: 40 }),
    P('sort them into the weekly box for me every Sunday.', { gap: 70, burst: 2 }),
    C('We can combine two of them into a single tablet, so your total', { gap: 550 }),
    P('Oh, really?', { gap: 60 }),
    C("count stays the same. I'll send the prescription to your pharmacy, and we'll recheck your numbers in two weeks.", { gap: 90, burst: 2 }),
    P('That would make things a lot easier. Thanks, doc.', { gap: 600 }),
  ],
  forbidden: ['Achterberg', 'Gerald', 'You have left the meeting', 'Stop Video'],
});

// ------------------------------------------------------------------------------------------------
// 2. 60+ second patient monologue
// Assumptions: the window is ~130 characters; the monologue's breath pauses (0.4-1.4 s) leave the
// text visible and the window keeps accumulating (no reset inside one turn); punctuation and mis-heard
// words near the end of the window are rewritten two words later or at the next pause, while words
// keep rolling off the front (a shorter rewrite lets earlier words back in at the front); the
// patient's photo avatar flaps from the initials bubble to the <img> 350 ms into her first turn
// (§3.3); top-document build, no gallery tiles; leaving removes only the in-call markers.
// Timing: the monologue runs ~60 s of wall-clock time (≈200 updates of 175-215 ms plus 0.35-1.4 s
// pauses); the other eleven turns are kept short and quick so the whole call fits the 90 s test budget.

const monologue = overlayScenario({
  name: 'zoom overlay: 60-second patient monologue rolls the window while the tail is rewritten',
  url: 'https://us04web.zoom.us/wc/7391028456/join',
  selfNames: ['Dr. Paul Lindqvist'],
  seed: 2002,
  frame: false,
  width: 130,
  leave: 'markers',
  gaps: [250, 500],
  step: [90, 150],
  voices: {
    c: { initials: 'PL' },
    p: { img: IMG('e1c0m0reau55'), initials: 'EM', flapMs: 350 },
  },
  meeting: meeting({ main: BOX }),
  lines: [
    C('Hi Ms. Moreau, can you hear me okay?'),
    P('Yes, I can hear you fine.'),
    C('Great. Tell me about these dizzy spells from the beginning.'),
    P(
      '{so|So} it started about three months {ago|ago.} ~900 I was getting out of bed on a Saturday morning and the whole room just ' +
        "{tipped cider|tipped sideways,} like I was on a {boat|boat.} ~1200 It lasted maybe {thirty|30} seconds and then it settled, ~500 " +
        "so I didn't think much of it. ~1100 But then it happened again the next week ~450 when I was reaching up for a mug in the kitchen " +
        "{cup board,|cupboard,} and that time I actually had to grab the {counter|counter.} ~1300 Since then it's been two or three times a week, ~600 " +
        "almost always when I tilt my head back ~400 or roll over at {night|night.} ~1200 It's usually over within a minute, ~500 but I feel " +
        "washed out for the rest of the {morning|morning.} ~1000 I haven't fallen, ~450 but I did stop driving to work because " +
        "I'm scared it'll happen on the {high way|highway.} ~1000 My daughter has been taking me {in|in.} ~1300 I tried the motion sickness " +
        "tablets from the pharmacy, ~500 the {Mexican|meclizine,} and they make me really drowsy, ~400 but I'm not sure they do anything " +
        'for the spinning {itself|itself.} ~1200 I also cut out {copy|coffee} ~350 in case that was {it|it.} ~1400 The strange thing is that in ' +
        'between the spells ~400 I feel completely normal, ~500 no headache, no nausea, {nothing|nothing.} ~1100 I just feel nervous all the ' +
        'time now, ~600 waiting for the next {one|one.}',
      { step: [175, 215], multi: 0.05, gap: 700 },
    ),
    C("That's really helpful. Does it happen when you roll over in bed?"),
    P('Yes, mostly onto my left side.'),
    C('Any ringing in that ear?'),
    P('No. Maybe a little fullness.'),
    C("Okay. I'd like to try a repositioning maneuver with you today."),
    P('Sure, what do I do?'),
    C('Sit on the edge of your bed, with someone close by.'),
    P('My husband is right here.'),
  ],
  forbidden: ['Stop Video', 'Participants', 'EMYes', 'PLHi'],
});

// ------------------------------------------------------------------------------------------------
// 3. dictation and spelling (transcript panel only)
// Assumptions: the bottom subtitle is hidden (only the full-transcript panel is open, so no overlay box
// exists); a panel row's message grows in 1-2 word chunks as the recogniser updates it; spelled letters
// arrive as separate words and are rewritten into one hyphenated token, spoken digits into numerals
// (also rewriting "to"/"won" into "two"/"one"), and a turn may get one final re-punctuation; each
// utterance (sentence group) is its own row, continuation rows of the same speaker carry no name; the
// list renders at most 7 rows and recycles the top row element for the new bottom row, rewriting its
// strings in place when the row shape matches; a chat message arrives mid-call and must be ignored.

const DOC_OSEI: Person = { name: 'Dr. Samuel Osei', img: IMG('5a7ue10se1aa'), letter: 'S' };
const LINH: Person = { name: 'Linh Tran', letter: 'L' };

const dictation = panelScenario({
  name: 'zoom transcript panel: clinician spells the drug, dictates number, date and doses; digits and letters rewritten',
  url: 'https://zoom.us/wc/91827364510/start',
  selfNames: ['Dr. Samuel Osei'],
  seed: 2003,
  frame: false,
  leave: 'unmount',
  variant: 'outline',
  maxRows: 7,
  clock: '16:41:05',
  list: '#full-transcription',
  people: { c: DOC_OSEI, p: LINH },
  speaker: (l) => (l.who === 'c' ? { speaker: DOC_OSEI.name, role: 'clinician' } : { speaker: LINH.name, role: 'patient' }),
  meeting: meeting({
    side:
      `<div class="transcript-panel"><div class="lt-full-transcript__header"><span>Transcript</span><button type="button">Save Transcript</button></div>` +
      `<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div></div>` +
      `<div class="chat-container" aria-label="Chat"><div class="chat-list"></div></div>`,
  }),
  lines: [
    C("Okay Linh, I'm going to go over the new prescription {slowly. So|slowly, so} have a pen ready.", { gap: 500 }),
    P("Got it. I've got a notepad right here."),
    C("The medication is {met for men.|metformin.} That's {em E T F O R M I N|M-E-T-F-O-R-M-I-N.}", { step: [140, 260] }),
    P('{M E T F O R M I N.|M-E-T-F-O-R-M-I-N.} Okay.', { step: [150, 260] }),
    C("You'll take {five hundred milligrams|500 mg} once a day with dinner for the first week."),
    C('Then from week {to,|two,} {five hundred milligrams|500 mg} twice a day, with breakfast and with dinner.', { gap: 450 }),
    P('So {won|one} tablet with dinner, then in week two, one with breakfast and one with dinner.'),
    C('Exactly. If your stomach gets upset, take it in the middle of the meal rather than before.'),
    P("Okay. And what's the number for the pharmacy again?", {
      before: (x) => {
        q(x.doc, '.chat-list').appendChild(
          el(x.doc, '<div class="chat-message__container"><div class="chat-message__sender">Linh Tran</div><div class="chat-message__text">is 500 the same strength as my old pills?</div></div>'),
        );
      },
    }),
    C("It's {five five five|555} {two one three|213} {four four zero eight.|4408.}", { step: [150, 260], end: "It's 555-213-4408." }),
    C('And your follow-up is on {March fourteenth|March 14th} at {ten thirty|10:30} in the morning.', { gap: 500 }),
    P('{March fourteenth|March 14th} at {ten thirty.|10:30.} Got it.'),
    C('If your sugar drops below {seventy,|70,} or you feel shaky and sweaty, call that number right away.'),
    P('Will do. Thank you, Dr. Osei.'),
    C("You're welcome, Linh. Take care."),
  ],
  forbidden: ['16:4', 'same strength as my old pills', 'Save Transcript', 'SDr.', 'LLinh'],
});

// ------------------------------------------------------------------------------------------------
// 4. window restarted vs kept
// Assumptions: after a pause the recogniser either keeps a speaker's window (the old text stays
// visible and new words are appended) or restarts it; a restart for the speaker on screen first empties
// the visible text ("clear"), a restart on a flip just shows the new words ("fresh"), and once the
// subtitle row disappears entirely and a new row element comes back ("remount"); the patient's restarted
// window begins with a word that equals the last word of the text it replaced ("night." → "Night"); a
// "Captions will be shown in English (US)" notice sits in the subtitle box, next to the row, until the
// patient's first turn; iframe build with gallery tiles.

const restart = overlayScenario({
  name: 'zoom overlay (iframe): window restarted after a pause vs kept, in one call',
  url: 'https://app.zoom.us/wc/5064417822/join',
  selfNames: ['Dr. Kwame Acheampong'],
  seed: 2004,
  frame: true,
  width: 120,
  leave: 'markers',
  voices: {
    c: { img: IMG('4c3a8b9f0d11'), initials: 'KA' },
    p: { initials: 'JP' },
  },
  meeting: meeting({
    tiles: `<div class="speaker-bar-container">${tile('Kwame Acheampong', IMG('4c3a8b9f0d11'))}${tile('Jordan Price', undefined, 'JP')}</div>`,
    main: `<div class="live-transcription-subtitle__box"><div class="live-transcription-subtitle__tip" role="status">Captions will be shown in English (US)</div></div>`,
  }),
  lines: [
    C("Hi Jordan, it's Dr. Acheampong. What's been bothering you this week?", { gap: 500 }),
    P("Hi. I've had this cough for about two weeks, and it's getting worse at night.", {
      before: (x) => x.doc.querySelector('.live-transcription-subtitle__tip')?.remove(),
    }),
    P('Night sweats too, actually, a couple of times.', { gap: 1300, start: 'clear', hold: 500 }),
    C('Okay. Are you bringing anything up when you cough, any phlegm?'),
    P("Yeah, it's kind of {yellow is green|yellowish green} in the mornings."),
    P('Less by the afternoon.', { gap: 1400 }),
    C("Any fever that you've measured with a thermometer?"),
    P('Last night it was {a hundred point eight.|100.8.}'),
    C('Alright. And is anyone at home sick with something similar?', { start: 'fresh' }),
    P("My roommate had a cold, but she's better now.", { start: 'fresh' }),
    C("I'd like you to take a few deep breaths for me and tell me if it hurts anywhere.", { gap: 900, start: 'remount', hold: 1000 }),
    P('It catches a little on the right side when I breathe in.'),
    C("That can happen with a chest infection. I'd like to get a chest X-ray today to be safe."),
    P('Okay. Where do I go for that?'),
    C("I'll send the order to the imaging center on Fifth Street. They take walk-ins until six.", { start: 'fresh' }),
    P('Great, I can go this afternoon.'),
  ],
  forbidden: ['Captions will be shown', 'English (US)', 'Kwame', 'Price'],
});

// ------------------------------------------------------------------------------------------------
// 5. exact repeats
// Assumptions: before the first caption the row already exists and its item shows the status line
// "Captions will be shown in English (US)" with no avatar (the first caption replaces it); windows are
// kept, so a repeat lands at the end of a window that may still contain the earlier occurrence in its
// middle ("Okay." … "Okay. Okay."), or after it rolled off; once the clinician's subtitle row vanishes
// during a network glitch and a new row starts a fresh window with exactly the words that ended her
// previous window ("Can you hear me?"); top-document build.

const repeats = overlayScenario({
  name: 'zoom overlay: exact repeats ("Okay.", "Can you hear me?") at different points of the window',
  url: 'https://zoom.us/wc/3342918807/join?fromPWA=1',
  selfNames: ['Dr. Ines Carvalho'],
  seed: 2005,
  frame: false,
  width: 115,
  leave: 'unmount',
  voices: {
    c: { img: IMG('1ne5ca7va1h0'), initials: 'IC' },
    p: { initials: 'RO' },
  },
  meeting: meeting({
    main:
      `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle">` +
      `<span class="live-transcription-subtitle__item">Captions will be shown in English (US)</span></div></div>`,
  }),
  lines: [
    C('Can you hear me?', { gap: 1200 }),
    P('Yes, I can hear you now. Can you hear me?'),
    C('Yes, perfectly. Okay, so this is your six week check after the knee replacement.'),
    P('Okay.'),
    C('How has the pain been, from zero to ten?'),
    P("Most days it's a three. After physio it goes up to about a five."),
    C("That's about what we expect at six weeks. Are you still taking the {oxy code own?|oxycodone?}"),
    P('Only at bedtime now.'),
    C('Can you hear me?', { gap: 1500 }),
    P('Can you hear me?', { gap: 700 }),
    C('Can you hear me?', { gap: 400, start: 'remount', hold: 1400 }),
    P("Yes, you're back."),
    C("Sorry about that. So bedtime only is fine, and we'll stop the oxycodone completely next week."),
    P('Okay.'),
    C("Keep doing your exercises twice a day, and I'll see you in clinic in four weeks."),
    P('Okay.'),
  ],
  forbidden: ['Captions will be shown', 'English (US)', 'Stop Video'],
});

// ------------------------------------------------------------------------------------------------
// 6. panel and overlay both open, the panel lags and merges
// Assumptions: with both open, the panel follows the overlay about 1.1 s late and in coarser steps
// (every other recogniser update plus the final one); when the patient says two things in quick
// succession the overlay clears and starts a new window for the second, but the panel appends the
// second to the same row; the clinician's overlay avatar <img> uses the same src as her panel avatar;
// the panel shows the local user under her plain display name (no "(me)"); iframe build; leaving
// unmounts the meeting and shows "You have left the meeting".

const HADDAD: Person = { name: 'Dr. Nadia Haddad', img: IMG('9add4d0ad1a2'), letter: 'N' };
const TOMAS: Person = { name: 'Tomás Benítez', letter: 'T' };

const panelLag = overlayScenario({
  name: 'zoom panel + overlay (iframe): the lagging panel merges two quick turns into one row',
  url: 'https://us02web.zoom.us/wc/88120450913/join',
  selfNames: ['Dr. Nadia Haddad'],
  seed: 2006,
  frame: true,
  width: 120,
  leave: 'left-page',
  voices: {
    c: { img: HADDAD.img!, initials: 'NH' },
    p: { initials: 'TB' },
  },
  mirror: { people: { c: HADDAD, p: TOMAS }, lag: 1100, variant: 'outline', maxRows: 30, list: '[aria-label="Live Transcription List"]', clock: '09:52:10' },
  speaker: (l) => (l.who === 'c' ? { speaker: HADDAD.name, role: 'clinician' } : { speaker: TOMAS.name, role: 'patient' }),
  meeting: meeting({
    main: BOX,
    side:
      `<div class="transcript-panel"><div class="lt-full-transcript__header"><span>Transcript</span><button type="button">Save Transcript</button></div>` +
      `<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div></div>`,
  }),
  lines: [
    C('Hi Tomás, good to see you again. How have the last four weeks been on the {sir try lean?|sertraline?}', { gap: 500 }),
    P('Honestly, better than I expected.'),
    P("I'm sleeping through the night most days now.", { gap: 350, start: 'clear', hold: 250, joinPrev: true }),
    C("That's really good to hear. Any side effects, like nausea or headaches?"),
    P("A bit of nausea the first week. It's gone now."),
    C('Good. And your mood, if you had to rate it from one to ten?'),
    P('Maybe a six. It was a three when we started.'),
    P('My sister noticed the difference too.', { gap: 300, start: 'clear', hold: 200, joinPrev: true }),
    C("That's a real change. Are you still having any thoughts about not wanting to be here?"),
    P('No, not since the beginning of the month.'),
    C("I'm glad. If they come back, you have the crisis line number, and you can message me anytime."),
    P("Yeah, it's saved in my phone."),
    C("Let's keep the dose at {fifty milligrams|50 mg} for now and check in again in six weeks."),
    P('Sounds good. Thanks, Dr. Haddad.'),
  ],
  forbidden: ['09:5', 'Save Transcript', 'You have left the meeting', 'TTomás', 'NDr.'],
});

// ------------------------------------------------------------------------------------------------
// 7. guest renamed from "iPhone"
// Assumptions: rows rendered before the rename keep "iPhone" and every row after it shows the new name
// and a new letter avatar; the participants list (a distractor with "(Host, me)") is renamed too; the
// panel is the "titled" layout (avatar letter, name and time inside a title element, so naive text
// reads "RRosa Delgado") inside a react-virtualized inner container that renders at most 6 rows and
// recycles the top row element; no subtitle overlay (hidden); top-document build.
// Expected: the patient's pre-rename turn may be reported under either name (a product that renames
// earlier utterances is fine), post-rename turns under the new name; no role after the rename, since
// whether the renamed guest is the same patient is not in the DOM.

const DOC_CARTER: Person = { name: 'Benjamin Carter, MD', letter: 'B' };
const IPHONE: Person = { name: 'iPhone', letter: 'i' };
const ROSA: Person = { name: 'Rosa Delgado', letter: 'R' };

const renameLines: Line[] = [
  C("Hi there, it looks like you joined as iPhone. Could I get your name, and your daughter's name?", { gap: 600 }),
  P("Sorry, yes. I'm Rosa Delgado, and this is Emma. She just turned two."),
  C('Thanks, Rosa. Let me fix your name on here so the notes are right.'),
  P('Oh, thank you.', {
    gap: 1400,
    before: (x) => {
      x.people.p = ROSA;
      const item = x.doc.querySelector('[data-participant="guest"] .participants-item__display-name');
      if (item) item.textContent = ROSA.name;
    },
  }),
  C("So what's been going on with Emma?"),
  P("She's been pulling at her right ear since Sunday, and she had a fever of {a hundred and two|102} last night."),
  C('Is she eating and drinking okay?'),
  P('Drinking, yes, but she barely touched her dinner.'),
  C('Any wet diapers today?'),
  P('Yes, {3 or 4|three or four} since this morning.'),
  C("Good, so she's not dehydrated. Can you hold the phone close so I can look at her ear?"),
  P('Okay, hold on. Emma, sweetie, look at the doctor.'),
  C("Thank you. The outside of the ear is red, and with the fever I'm going to treat it as an ear infection."),
  P('Is it the pink medicine again?'),
  C("Yes, {a mock Cillian,|amoxicillin,} twice a day for ten days. I'm sending it to the pharmacy on Oak Avenue."),
  P('Perfect, thank you so much.'),
];

const rename = panelScenario({
  name: 'zoom transcript panel: guest joined as "iPhone" is renamed by the host mid-call',
  url: 'https://app.zoom.us/wc/6620193847/join',
  selfNames: ['Benjamin Carter, MD'],
  seed: 2007,
  frame: false,
  leave: 'unmount',
  variant: 'titled',
  maxRows: 6,
  clock: '11:13:20',
  list: '.ReactVirtualized__Grid__innerScrollContainer',
  people: { c: DOC_CARTER, p: IPHONE },
  speaker: (l, i) =>
    l.who === 'c'
      ? { speaker: DOC_CARTER.name, role: 'clinician' }
      : i < 3
        ? { speaker: [IPHONE.name, ROSA.name], role: 'patient' }
        : { speaker: ROSA.name },
  meeting: meeting({
    side:
      `<div class="participants-section-container" aria-label="Participants"><div class="participants-header">Participants (2)</div><ul>` +
      `<li class="participants-item" data-participant="host"><span class="participants-item__display-name">Benjamin Carter, MD</span><span class="participants-item__name-label">(Host, me)</span></li>` +
      `<li class="participants-item" data-participant="guest"><span class="participants-item__display-name">iPhone</span></li></ul></div>` +
      `<div id="full-transcription" class="lt-full-transcript"><div aria-label="Live Transcription List" class="new-lt-list-container" role="list">` +
      `<div class="ReactVirtualized__Grid ReactVirtualized__List"><div class="ReactVirtualized__Grid__innerScrollContainer"></div></div></div></div>`,
  }),
  lines: renameLines,
  forbidden: ['11:1', '(Host, me)', 'Participants (2)', 'RRosa', 'BBenjamin', 'iiPhone'],
});

// ------------------------------------------------------------------------------------------------
// 8. long explanation with backchannels
// Assumptions: the clinician keeps talking through each backchannel, so the overlay flips to the
// patient for a few hundred ms and flips back to the clinician's accumulated window plus the 2 words
// said meanwhile; the patient's window is kept too, so it accumulates "Mm-hmm. Yeah. Okay. Mm-hmm. …";
// a "Meeting recording…" indicator appears in the top bar mid-call (noise); the clinician has an
// initials bubble only, the patient a photo; iframe build.

const backchannels = overlayScenario({
  name: 'zoom overlay (iframe): long explanation with short backchannels that flip the overlay briefly',
  url: 'https://app.zoom.us/wc/9081726354/join?fromPWA=1',
  selfNames: ['Dr. Miriam Feld'],
  seed: 2008,
  frame: true,
  width: 125,
  leave: 'markers',
  voices: {
    c: { initials: 'MF' },
    p: { img: IMG('wa17e75c0770'), initials: 'WS' },
  },
  meeting: meeting({ main: BOX, top: '<div class="meeting-info-icon__wrap"><span class="meeting-info-icon">i</span></div>' }),
  lines: [
    C('So the monitor you wore for two weeks showed that your heart sometimes goes into an irregular rhythm called {a trial|atrial} fibrillation.', { gap: 500 }),
    P('Mm-hmm.', { gap: 150 }),
    C("It comes and goes, and most of the episodes happened at night while you were asleep, which is why you didn't always feel them.", {
      gap: 120,
      burst: 2,
      before: (x) => {
        q(x.doc, '.meeting-info-container').appendChild(el(x.doc, '<div class="recording-indicator" role="status"><span>Meeting recording…</span></div>'));
      },
    }),
    P('Yeah.', { gap: 200 }),
    C("The main concern with atrial fibrillation isn't the fluttering itself. It's that blood can pool in the upper chamber of the heart and form a small clot.", { gap: 150, burst: 2 }),
    P('Okay.', { gap: 180 }),
    C('If a clot travels to the brain, it can cause a stroke, so we estimate your personal risk with a score.', { gap: 140, burst: 2 }),
    P('Mm-hmm.', { gap: 160 }),
    C('With your age and your blood pressure, your score comes out at three,', { gap: 130, burst: 2 }),
    P('Right.', { gap: 120 }),
    C("which means a blood thinner is clearly recommended. The one I'd suggest is {a pick saban,|apixaban,} twice a day, and unlike {war for in,|warfarin,} it doesn't need regular blood tests.", { gap: 110, burst: 2 }),
    P('Mm-hmm.', { gap: 170 }),
    C("You'll need to tell your dentist and any surgeon that you're on it, and watch for unusual bruising or black stools.", { gap: 150, burst: 2 }),
    P("Yeah. Okay. So I'd be on it for life?", { gap: 600 }),
    C("Most likely, yes, but we'll review it together every year."),
    P("Okay, that's fine."),
  ],
  forbidden: ['Meeting recording', 'Stop Video'],
});

// ------------------------------------------------------------------------------------------------
// 9. product timing, natural pace
// Assumptions: a plain consult at natural speaking pace (recogniser updates 150-250 ms apart, gaps
// 0.5-1.5 s), kept windows of ~120 characters, occasional two-word updates and a few re-spellings;
// top-document build; leaving removes only the in-call markers. Run with the product's own timing.

const natural = overlayScenario({
  name: 'zoom overlay at product timing: asthma review at natural speaking pace',
  url: 'https://us06web.zoom.us/wc/4471850263/join',
  selfNames: ['Dr. Kofi Mensah'],
  seed: 2009,
  frame: false,
  width: 120,
  leave: 'markers',
  productTiming: true,
  step: [150, 250],
  gaps: [500, 1500],
  multi: 0.1,
  voices: {
    c: { img: IMG('k0f1me45a0h9'), initials: 'KM' },
    p: { initials: 'AY' },
  },
  meeting: meeting({ main: BOX }),
  lines: [
    C("Hi Aisha, thanks for hopping on. How's your breathing been since we changed the inhaler?"),
    P('Much better during the day. I still wake up coughing sometimes.'),
    C('How many nights a week would you say?'),
    P("Maybe two, usually when it's cold out."),
    C('And how often are you using the blue rescue inhaler?'),
    P('Once or twice a week, mostly before I go running.'),
    C("That's fine before exercise. Are you rinsing your mouth after the brown one?"),
    P('I forget sometimes, to be honest.'),
    C('Try to rinse and spit every time. It helps prevent {thrust|thrush} in your mouth and throat.'),
    P('Got it. Should I keep taking {to puffs|two puffs} in the morning and {to|two} at night?'),
    C("Yes, keep the same dose, and let's add a peak flow diary for the next month."),
    P('Okay, I can do that.'),
    C('Great. Send me a photo of the diary before our next visit.'),
    P('Will do. Thanks, Dr. Mensah.'),
  ],
  forbidden: ['Stop Video', 'Participants'],
});

export const zoomScenarios: Scenario[] = [crosstalk, monologue, dictation, restart, repeats, panelLag, rename, backchannels, natural];
