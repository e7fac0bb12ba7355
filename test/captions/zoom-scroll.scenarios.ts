// Zoom's full transcript panel scrolled by the user during the call (caption-platforms.md §3.4: the
// list is React-virtualized and recycles row elements for different utterances "when the list
// scrolls"). A fixed pool of row elements, each placed by an inline `top` (index × row height); a
// row scrolled out of the window gives its element to a row scrolled in, rewritten wholesale. DOM
// order is never changed, so only `top` tells the shown order. The clinician scrolls up to re-read
// something while the patient is still talking, then scrolls back down.
import { q, type Expected, type Page, type Scenario } from './independent/kit.ts';

const ROW_PX = 48;
const tight = (s: string) => s.replace(/>\s+</g, '><').trim();

interface Person {
  name: string;
  letter: string;
  role: 'clinician' | 'patient';
}
const C: Person = { name: 'Dr. Lena Ortiz', letter: 'L', role: 'clinician' };
const P: Person = { name: 'Sam Whitfield', letter: 'S', role: 'patient' };

interface Row {
  who: Person;
  text: string;
  time: string;
}

const clock = (i: number) => `14:${String(10 + Math.floor(i / 2)).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}`;

/** One virtualised list: `rows` is the transcript (the data), `pool` the mounted row elements. */
class VirtualPanel {
  rows: Row[] = [];
  private shown = new Map<HTMLElement, number>();
  private start = 0;
  constructor(
    private readonly doc: Document,
    private readonly list: HTMLElement,
    private readonly size: number,
  ) {}

  /** Mounts rows [start, start + size) reusing elements whose row left the window; DOM order untouched. */
  private render(): void {
    const want = new Set<number>();
    for (let i = this.start; i < Math.min(this.rows.length, this.start + this.size); i++) want.add(i);
    const free = [...this.shown].filter(([, i]) => !want.has(i)).map(([e]) => e);
    const have = new Set(this.shown.values());
    for (const i of want) {
      if (have.has(i)) {
        this.paint(this.elementOf(i)!, i);
        continue;
      }
      const e = free.shift() ?? this.list.appendChild(this.doc.createElement('div'));
      this.shown.set(e, i);
      this.paint(e, i);
    }
    for (const e of free) (this.shown.delete(e), e.remove());
  }

  private elementOf(i: number): HTMLElement | undefined {
    for (const [e, j] of this.shown) if (j === i) return e;
    return undefined;
  }

  /** Patches the element the way React does: only what differs is written. */
  private paint(e: HTMLElement, i: number): void {
    const r = this.rows[i]!;
    const first = i === 0 || this.rows[i - 1]!.who !== r.who;
    const html = first
      ? `<div class="lt-full-transcript__avatar"><span class="lt-full-transcript__avatar-text">${r.who.letter}</span></div>` +
        `<span class="lt-full-transcript__display-name">${r.who.name}</span>` +
        `<span class="lt-full-transcript__time">${r.time}</span><div class="lt-full-transcript__message"></div>`
      : `<span class="lt-full-transcript__time">${r.time}</span><div class="lt-full-transcript__message"></div>`;
    const cls = first ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
    if (e.className !== cls || e.querySelector('.lt-full-transcript__time')?.textContent !== r.time) {
      e.className = cls;
      e.innerHTML = html;
      e.querySelector('.lt-full-transcript__message')!.append(this.doc.createTextNode(r.text));
    }
    const msg = e.querySelector('.lt-full-transcript__message')!.firstChild as Text;
    if (msg.data !== r.text) msg.data = r.text;
    const top = `${i * ROW_PX}px`;
    if (e.style.top !== top) e.style.top = top;
    e.style.position = 'absolute';
  }

  atBottom(): boolean {
    return this.start + this.size >= this.rows.length;
  }

  add(who: Person, time: string): number {
    const follow = this.atBottom();
    this.rows.push({ who, text: '', time });
    if (follow) this.start = Math.max(0, this.rows.length - this.size);
    this.render();
    return this.rows.length - 1;
  }

  setText(i: number, text: string): void {
    this.rows[i]!.text = text;
    this.render();
  }

  scrollBy(n: number): void {
    this.start = Math.max(0, Math.min(this.rows.length - this.size, this.start + n));
    this.render();
  }

  /** Grows row i word by word (only painted while mounted), then re-punctuates it. */
  async grow(p: Page, i: number, raw: string, final: string, stepMs: number, during?: (k: number) => void): Promise<void> {
    const words = raw.split(' ');
    for (let k = 1; k <= words.length; k++) {
      this.setText(i, words.slice(0, k).join(' '));
      during?.(k);
      await p.sleep(stepMs);
    }
    this.setText(i, final);
    await p.sleep(stepMs);
  }
}

const body = tight(`
  <div id="zmmtg-root"><div id="wc-container" class="meeting-client">
    <div class="meeting-app">
      <div class="transcript-panel" role="complementary">
        <div class="transcript-panel__header"><span class="transcript-panel__title">Transcript</span></div>
        <div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription" style="position: relative"></div>
      </div>
    </div>
    <div id="wc-footer" class="footer"><button id="audioOptionMenu" aria-label="Audio"></button>
      <div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div></div>
  </div></div>`);

const leave = (p: Page) => {
  p.doc.querySelector('#wc-footer')?.remove();
  p.doc.querySelector('.transcript-panel')?.remove();
};

const HISTORY: [Person, string][] = [
  [C, 'Good afternoon Sam, how has the week been?'],
  [P, 'Honestly a bit rough, the knee kept me up.'],
  [C, 'I am sorry to hear that, what did you try?'],
  [P, 'Ice and the tablets, but only at night.'],
  [C, 'So the nights are the hardest part for you.'],
  [P, 'Yes, exactly, the days are manageable.'],
  [C, 'Would you like to look at the night routine together?'],
  [P, 'Sure, that would help.'],
];

/** What the patient says while the clinician scrolls; raw = as streamed, text = re-punctuated. */
const LIVE_RAW = 'I think the worst part is that I lie awake and start worrying about work and then I cannot get back to sleep at all';
const LIVE = 'I think the worst part is that I lie awake and start worrying about work, and then I cannot get back to sleep at all.';
const NEXT = 'Then the alarm goes at six and I am wrecked.';
const REPLY = 'That sounds exhausting, lying awake with the worry.';

async function playHistory(p: Page, v: VirtualPanel) {
  for (const [i, [who, text]] of HISTORY.entries()) {
    await say(p, v, who, i, text, 25);
    await p.sleep(60);
  }
}

const expected: Expected[] = [...HISTORY.map(([who, text]) => ({ speaker: who.name, role: who.role, text })), { speaker: P.name, role: P.role, text: `${LIVE} ${NEXT}` }, { speaker: C.name, role: C.role, text: REPLY }];

/** The parts every scenario here shares. */
const shell = (name: string, id: number, play: Scenario['play'], want: Expected[]): Scenario => ({
  name,
  url: `https://app.zoom.us/wc/8123456789${id}/join`,
  selfNames: [C.name],
  body,
  play,
  leave,
  expected: want,
  loose: true,
});

const panel = (p: Page) => new VirtualPanel(p.doc, q(p.doc, '#full-transcription'), 6);

/** A new row at the bottom, streamed unpunctuated, then re-punctuated. */
async function say(p: Page, v: VirtualPanel, who: Person, i: number, text: string, stepMs: number) {
  await v.grow(p, v.add(who, clock(i)), text.replace(/[.,?]/g, ''), text, stepMs);
}

/** A fixed pool of 6: scrolling up gives the live row's element to an old row. */
const scrollAwayAndBack = shell(
  'zoom panel scrolled up mid-utterance (the live row element recycled for an old row), then back down',
  0,
  async (p) => {
    const v = panel(p);
    await playHistory(p, v);
    const live = v.add(P, clock(8));
    // Halfway through the patient's sentence the clinician scrolls up three rows to re-read, waits
    // there while the patient goes on (and starts a new row), then returns to the bottom.
    await v.grow(p, live, LIVE_RAW, LIVE, 40, (k) => {
      if (k === 8) v.scrollBy(-3);
    });
    await p.sleep(100);
    await say(p, v, P, 9, NEXT, 40);
    await p.sleep(300);
    v.scrollBy(10);
    await p.sleep(400);
    await say(p, v, C, 10, REPLY, 40);
  },
  expected,
);

/** Scrolled up between turns: two turns arrive out of view, then the clinician returns to the bottom. */
const upBetweenTurns = shell(
  'zoom panel scrolled up between turns: new rows arrive out of view, shown when scrolled back',
  1,
  async (p) => {
    const v = panel(p);
    await playHistory(p, v);
    v.scrollBy(-4);
    await p.sleep(200);
    await v.grow(p, v.add(P, clock(8)), LIVE_RAW, LIVE, 30);
    await say(p, v, P, 9, NEXT, 30);
    await p.sleep(200);
    v.scrollBy(2);
    await p.sleep(200);
    v.scrollBy(10);
    await p.sleep(300);
    await say(p, v, C, 10, REPLY, 40);
  },
  expected,
);

/** A run of the patient's rows: after scrolling up, a nameless continuation row is the window's first. */
const RUN: [Person, string][] = [
  [C, 'What happens on the nights you do sleep well?'],
  [P, 'Usually I have walked the dog in the evening.'],
  [P, 'And I have not looked at my phone in bed.'],
  [P, 'And probably no coffee after lunch either.'],
  [C, 'So movement, no screens, and less caffeine.'],
  [P, 'Yes.'],
  [C, 'Which of those feels easiest to start with this week?'],
  [P, 'The dog walk, definitely.'],
];
const continuationFirst = shell(
  'zoom panel scrolled up so that a nameless continuation row is shown first, on an element another speaker had',
  2,
  async (p) => {
    const v = new VirtualPanel(p.doc, q(p.doc, '#full-transcription'), 4);
    for (const [i, [who, text]] of RUN.entries()) {
      await say(p, v, who, i, text, 25);
      await p.sleep(60);
      // Scrolled up to re-read the patient's list (the continuation row "And I have not..." first), then back.
      if (i === 6) {
        v.scrollBy(-1); // rows 2-5 shown: row 6's element (the clinician's) now shows row 2, nameless
        await p.sleep(300);
        v.scrollBy(10);
        await p.sleep(300);
      }
    }
  },
  RUN.map(([who, text]) => ({ speaker: who.name, role: who.role, text })),
);

export const zoomScrollScenarios: Scenario[] = [scrollAwayAndBack, upBetweenTurns, continuationFirst];
