// Zoom web-client scenarios for round 16. Written only from /work/shared/research/caption-platforms.md
// (§3.1 URL + #webclient iframe + in-call markers, §3.3 overlay: one persistent rolling node, no
// name, photo <img> whose src matches a participant tile whose `img.parentElement.nextSibling` is the
// name, or an initials <span>; flip-back to an ACCUMULATED window; avatar img loading after the
// initials bubble; §3.4 full-transcript panel: rows, name headers only on the first row of a group,
// letter avatars, times, React-virtualized row recycling, ASR re-punctuation; §8/§9) and the kit API.
// Assumptions where the research is silent are noted per scenario.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://app.zoom.us/wc/84512345678/join?fromPWA=1';
const SELF = 'Dr. Dana Shah';
const SELF_IMG = 'https://zoom.us/p/v2/self-dana-shah.jpg';

// In-call markers (§3.1). Assumption: leaving unmounts the whole meeting root (#zmmtg-root), which
// holds the footer, #audioOptionMenu, tiles and captions, and shows the "left" system line.
const FOOTER =
  '<div id="wc-footer"><div class="footer__leave-btn-container"><button type="button">Leave</button></div>' +
  '<button id="audioOptionMenu" type="button" aria-label="Audio settings"></button></div>';

/** A participant tile whose name is an element next to the img's parent (§3.3 TT lookup). */
const tileEl = (src: string, name: string) =>
  `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${src}" alt=""></div><span class="video-avatar__avatar-footer">${name}</span></div>`;
/** The same lookup where the name is a bare text node (nextSibling is a Text). */
const tileText = (src: string, name: string) =>
  `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${src}" alt=""></div>${name}</div>`;

const meetingRoot = (tiles: string, extra = '') =>
  `<div id="zmmtg-root"><div id="wc-container"><div class="gallery-video-container__main-view">${tiles}</div>` +
  `<div class="live-transcription-subtitle__box"></div>${extra}${FOOTER}</div></div>`;

const frameDoc = (p: Page) => (p.doc.getElementById('webclient') as HTMLIFrameElement).contentDocument!;
const fillFrame = (html: string) => (p: Page) => {
  frameDoc(p).body.innerHTML = html;
};
const leaveIn = (docOf: (p: Page) => Document) => (p: Page) => {
  const d = docOf(p);
  d.getElementById('zmmtg-root')?.remove();
  d.body.appendChild(el(d, '<div class="zm-modal-body-title">You have left the meeting</div>'));
};

type Av = { img: string } | { initials: string };
interface ZSpeaker {
  key: string;
  av: Av;
}

/**
 * The overlay (§3.3): one `#live-transcription-subtitle` row whose first child is the avatar and
 * whose `.live-transcription-subtitle__item` text is a rolling window over the current speaker's
 * accumulated words. A turn script is words with ASR fixes in bars: "a b |b c=>bc| d" rewrites the
 * last "b c" of the accumulated text to "bc" at that point. Assumption (research silent): the row
 * appears with the first caption; avatar swap and window rewrite happen in one render.
 */
class Overlay {
  private acc = new Map<string, string>();
  private row?: HTMLElement;
  private item?: HTMLElement;
  private node?: Text;
  private current?: string;
  private avNow?: string;
  constructor(
    private p: Page,
    private doc: () => Document,
    private max = 120,
    private mode: 'data' | 'textContent' = 'data',
  ) {}
  private window(s: string) {
    if (s.length <= this.max) return s;
    const cut = s.slice(s.length - this.max);
    const i = cut.indexOf(' ');
    return i >= 0 ? cut.slice(i + 1) : cut;
  }
  private avatar(av: Av) {
    const d = this.doc();
    return 'img' in av ? el(d, `<img src="${av.img}" alt="">`) : el(d, `<span>${av.initials}</span>`);
  }
  private write(s: string) {
    if (this.mode === 'data') this.node!.data = s;
    else this.item!.textContent = s;
  }
  private setAvatar(av: Av) {
    const id = JSON.stringify(av);
    if (id === this.avNow) return;
    this.row!.replaceChild(this.avatar(av), this.row!.firstChild!);
    this.avNow = id;
  }
  async say(sp: ZSpeaker, script: string, step: number, av: Av = sp.av) {
    const parts = script.split('|');
    const firstWord = parts[0]!.trim().split(/\s+/)[0]!;
    if (!this.row) {
      const d = this.doc();
      this.row = el(d, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
      this.row.insertBefore(this.avatar(av), this.row.firstChild);
      this.avNow = JSON.stringify(av);
      this.item = q(this.row, '.live-transcription-subtitle__item');
      this.node = d.createTextNode('');
      this.item.appendChild(this.node);
      q(d, '.live-transcription-subtitle__box').appendChild(this.row);
    }
    let acc = this.acc.get(sp.key) ?? '';
    let words = parts[0]!.trim().split(/\s+/);
    if (this.current !== sp.key) {
      // Flip: new avatar and this speaker's accumulated window (plus the first new word) at once.
      acc = acc ? `${acc} ${firstWord}` : firstWord;
      words = words.slice(1);
      this.setAvatar(av);
      this.write(this.window(acc));
      this.current = sp.key;
      await this.p.sleep(step);
    } else this.setAvatar(av);
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        const [from, to] = parts[i]!.split('=>') as [string, string];
        const at = acc.lastIndexOf(from);
        if (at < 0) throw new Error(`scenario bug: fix "${from}" not in "${acc}"`);
        acc = acc.slice(0, at) + to + acc.slice(at + from.length);
        this.write(this.window(acc));
        this.acc.set(sp.key, acc);
        await this.p.sleep(step);
        continue;
      }
      if (i > 0) words = parts[i]!.trim().split(/\s+/).filter(Boolean);
      for (const w of words) {
        acc = acc ? `${acc} ${w}` : w;
        this.write(this.window(acc));
        this.acc.set(sp.key, acc);
        await this.p.sleep(step);
      }
    }
    this.acc.set(sp.key, acc);
  }
  /** Swaps only the avatar (e.g. the photo finished loading), text untouched. */
  swapAvatar(av: Av) {
    this.setAvatar(av);
  }
}

const selfSp: ZSpeaker = { key: 'self', av: { img: SELF_IMG } };

// ---------------------------------------------------------------------------------------------
// 1. Three speakers on the overlay, inside #webclient: the clinician (photo; tile name is an
// element), the patient (initials bubble only, no tile photo), the patient's son (photo; tile name is
// a bare text node). Each takes several turns; the overlay node is reused throughout.
const SON_IMG = 'https://zoom.us/p/v2/luis-rivera.png';
const threeSpeakers: Scenario = {
  name: 'zoom overlay: three speakers take turns, photo and initials avatars, name as element and as text node',
  url: URL,
  selfNames: [SELF],
  body: '<iframe id="webclient"></iframe>',
  prepare: fillFrame(
    meetingRoot(
      tileEl(SELF_IMG, SELF) +
        '<div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><span class="video-avatar__initials">MR</span></div><span class="video-avatar__avatar-footer">Marta Rivera</span></div>' +
        tileText(SON_IMG, 'Luis Rivera'),
    ),
  ),
  productTiming: true,
  async play(p) {
    const ov = new Overlay(p, () => frameDoc(p), 130);
    const pat: ZSpeaker = { key: 'patient', av: { initials: 'MR' } };
    const son: ZSpeaker = { key: 'son', av: { img: SON_IMG } };
    await ov.say(selfSp, 'Good afternoon Marta, I can see your son joined us as well.', 200);
    await p.sleep(1200);
    await ov.say(pat, 'Yes, Luis is here because he drives me to the pharmacy.', 200);
    await p.sleep(1200);
    await ov.say(son, 'Hi doctor, I wanted to ask about the new blood pressure pills.', 200);
    await p.sleep(1200);
    await ov.say(selfSp, 'Of course. Marta, have you had any dizziness since starting them?', 200);
    await p.sleep(1200);
    await ov.say(pat, 'Only in the mornings when I stand up too fast.', 200);
    await p.sleep(1200);
    await ov.say(son, 'She also skipped two doses last week.', 200);
    await p.sleep(1200);
    await ov.say(selfSp, 'Thank you, that helps me adjust the timing.', 200);
    await p.sleep(1000);
  },
  leave: leaveIn(frameDoc),
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Good afternoon Marta, I can see your son joined us as well.' },
    { speaker: { key: 'patient' }, role: 'patient', text: 'Yes, Luis is here because he drives me to the pharmacy.' },
    { speaker: { key: 'son' }, role: 'other', text: 'Hi doctor, I wanted to ask about the new blood pressure pills.' },
    { speaker: SELF, role: 'clinician', text: 'Of course. Marta, have you had any dizziness since starting them?' },
    { speaker: { key: 'patient' }, role: 'patient', text: 'Only in the mornings when I stand up too fast.' },
    { speaker: { key: 'son' }, role: 'other', text: 'She also skipped two doses last week.' },
    { speaker: SELF, role: 'clinician', text: 'Thank you, that helps me adjust the timing.' },
  ],
  forbidden: ['You have left the meeting'],
};

// ---------------------------------------------------------------------------------------------
// 2. The patient's avatar starts as the initials bubble "JP" and the photo loads two words into the
// first turn (§3.3 "avatar <img> loads a moment after the initials bubble"); later turns show the
// photo. Top-document layout (§3.1 "some builds render the meeting directly in the top document").
// Assumption: the photo's tile carries the full name with the name as an element.
const JP_IMG = 'https://zoom.us/p/v2/jordan-park.jpg';
const avatarSwap: Scenario = {
  name: 'zoom overlay: patient avatar changes from initials to photo mid-call',
  url: URL,
  selfNames: [SELF],
  body: meetingRoot(tileEl(SELF_IMG, SELF) + tileEl(JP_IMG, 'Jordan Park')),
  productTiming: true,
  async play(p) {
    const ov = new Overlay(p, () => p.doc, 120);
    const pat: ZSpeaker = { key: 'patient', av: { img: JP_IMG } };
    await ov.say(selfSp, 'Hi Jordan, can you hear me alright?', 200);
    await p.sleep(1200);
    await ov.say(pat, 'Yes I', 200, { initials: 'JP' });
    ov.swapAvatar({ img: JP_IMG });
    await ov.say(pat, 'can hear you fine now, sorry about the delay.', 200);
    await p.sleep(1200);
    await ov.say(selfSp, 'No problem. How has your knee been this week?', 200);
    await p.sleep(1200);
    await ov.say(pat, 'Much better, the swelling went down after the ice packs.', 200);
    await p.sleep(1200);
    await ov.say(selfSp, 'Great, keep doing the exercises twice a day.', 200);
    await p.sleep(1000);
  },
  leave: leaveIn((p) => p.doc),
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Hi Jordan, can you hear me alright?' },
    { speaker: { key: 'patient' }, role: 'patient', text: 'Yes I can hear you fine now, sorry about the delay.' },
    { speaker: SELF, role: 'clinician', text: 'No problem. How has your knee been this week?' },
    { speaker: { key: 'patient' }, role: 'patient', text: 'Much better, the swelling went down after the ice packs.' },
    { speaker: SELF, role: 'clinician', text: 'Great, keep doing the exercises twice a day.' },
  ],
  forbidden: ['You have left the meeting'],
};

// ---------------------------------------------------------------------------------------------
// 3. A long call where the patient's accumulated window (100 chars) comes back again and again:
// the clinician interjects briefly, and each time the overlay flips back to the patient it first shows
// the patient's earlier tail, then new words (§3.3 interleaving). Patient is initials only.
const patientTurns = [
  'So it started about three weeks ago with a tickle in my throat.',
  'Then the cough got worse at night and I could not sleep much.',
  'I tried honey and the syrup from the pharmacy but nothing really helped.',
  'Now there is some yellow phlegm in the mornings.',
  'No fever that I noticed, but I feel tired all the time.',
  'And my chest feels tight when I climb the stairs at work.',
];
const clinicianTurns = ['Okay.', 'I see, go on.', 'Mm-hm, and since then?', 'Any fever?', 'Anything else?'];
const interleave: Scenario = {
  name: 'zoom overlay: patient window returns many times across a long call',
  url: URL,
  selfNames: [SELF],
  body: '<iframe id="webclient"></iframe>',
  prepare: fillFrame(meetingRoot(tileEl(SELF_IMG, SELF))),
  productTiming: true,
  async play(p) {
    const ov = new Overlay(p, () => frameDoc(p), 100);
    const pat: ZSpeaker = { key: 'patient', av: { initials: 'TW' } };
    await ov.say(selfSp, 'Tell me how this cough began.', 180);
    await p.sleep(1100);
    for (let i = 0; i < patientTurns.length; i++) {
      await ov.say(pat, patientTurns[i]!, 180);
      await p.sleep(1100);
      if (i < clinicianTurns.length) {
        await ov.say(selfSp, clinicianTurns[i]!, 180);
        await p.sleep(1100);
      }
    }
  },
  leave: leaveIn(frameDoc),
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Tell me how this cough began.' },
    ...patientTurns.flatMap((t, i): Expected[] => [
      { speaker: { key: 'patient' }, role: 'patient', text: t },
      ...(i < clinicianTurns.length ? [{ speaker: SELF, role: 'clinician' as const, text: clinicianTurns[i]! }] : []),
    ]),
  ],
  forbidden: ['You have left the meeting'],
};

// ---------------------------------------------------------------------------------------------
// 4. ASR rewrites inside the rolling window that shorten it (numbers, merged words) and lengthen it
// (split words) while the window is already full, so the front roll-off shifts by a different amount
// (§3.3 rolling window; §3.4 "re-spells the trailing word"). Assumption (research silent): the overlay
// text is replaced via the span's textContent rather than a characterData write.
const rewrites: Scenario = {
  name: 'zoom overlay: rewrites lengthen and shorten the full rolling window',
  url: URL,
  selfNames: [SELF],
  body: meetingRoot(tileEl(SELF_IMG, SELF)),
  async play(p) {
    const ov = new Overlay(p, () => p.doc, 90, 'textContent');
    const pat: ZSpeaker = { key: 'patient', av: { initials: 'GO' } };
    await ov.say(selfSp, 'What did the home monitor show this week?', 90);
    await p.sleep(900);
    await ov.say(
      pat,
      'Well on Monday it said one hundred forty over ninety |one hundred forty over ninety=>140/90| and on Tuesday it was a bit lower, ' +
        'maybe one thirty five |one thirty five=>135| over eighty five |eighty five=>85| and I take my pill every day |every day=>everyday| ' +
        'with breakfast, I can not |can not=>cannot| remember missing one. I also had my check up |check up=>checkup| at the pharmacy and ' +
        'they said my weight was ok |ok=>okay| which was nice to hear.',
      90,
    );
    await p.sleep(900);
    await ov.say(selfSp, 'That is a good trend, thank you.', 90);
    await p.sleep(600);
    await ov.say(pat, 'Should I |Should I=>Shall I| keep the same dose?', 90);
    await p.sleep(900);
    await ov.say(selfSp, 'Yes, no changes for now.', 90);
  },
  leave: leaveIn((p) => p.doc),
  expected: [
    { speaker: SELF, role: 'clinician', text: 'What did the home monitor show this week?' },
    {
      speaker: { key: 'patient' },
      role: 'patient',
      text:
        'Well on Monday it said 140/90 and on Tuesday it was a bit lower, maybe 135 over 85 and I take my pill everyday ' +
        'with breakfast, I cannot remember missing one. I also had my checkup at the pharmacy and they said my weight was okay ' +
        'which was nice to hear.',
    },
    { speaker: SELF, role: 'clinician', text: 'That is a good trend, thank you.' },
    { speaker: { key: 'patient' }, role: 'patient', text: 'Shall I keep the same dose?' },
    { speaker: SELF, role: 'clinician', text: 'Yes, no changes for now.' },
  ],
  forbidden: ['You have left the meeting'],
};

// ---------------------------------------------------------------------------------------------
// Full-transcript panel (§3.4). Rows: title row (`__title--first`, avatar, name, time, message) for
// the first utterance of a group, continuation rows (time, message) otherwise. React-virtualized: only
// the visible rows are rendered, and the same row elements are reused for different utterances.
// Assumptions (research silent): the last row's message is a text node that grows word by word; the
// panel shows the user's own display name (not "You"); the row keeps its element while growing.
interface PRow {
  name: string;
  letter: string;
  time: string;
  text: string;
}
class Panel {
  rows: PRow[] = [];
  private pool: HTMLElement[] = [];
  private list?: HTMLElement;
  private start = 0;
  follow = true;
  constructor(
    private p: Page,
    private doc: () => Document,
    private visible: number,
    private mount: string,
  ) {}
  open() {
    const d = this.doc();
    const panel = el(
      d,
      '<div class="transcript-panel"><div class="lt-full-transcript__header">Transcript</div>' +
        '<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div></div>',
    );
    q(d, this.mount).appendChild(panel);
    this.list = q(panel, '#full-transcription');
    this.pool = [];
    this.follow = true;
    this.render();
  }
  close() {
    this.doc().querySelector('.transcript-panel')?.remove();
    this.list = undefined;
    this.pool = [];
  }
  private fill(row: HTMLElement, i: number) {
    const r = this.rows[i]!;
    const first = i === 0 || this.rows[i - 1]!.name !== r.name;
    row.className = first ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
    row.innerHTML = first
      ? `<div class="lt-full-transcript__title"><div class="lt-full-transcript__avatar">${r.letter}</div><span class="lt-full-transcript__display-name">${r.name}</span><span class="lt-full-transcript__time">${r.time}</span></div><div class="lt-full-transcript__message"></div>`
      : `<span class="lt-full-transcript__time">${r.time}</span><div class="lt-full-transcript__message"></div>`;
    q(row, '.lt-full-transcript__message').appendChild(this.doc().createTextNode(r.text));
  }
  /** Renders rows [start, start+visible) reusing the pooled row elements. */
  render() {
    if (!this.list) return;
    if (this.follow) this.start = Math.max(0, this.rows.length - this.visible);
    const n = Math.min(this.visible, this.rows.length - this.start);
    for (let k = 0; k < n; k++) {
      let row = this.pool[k];
      if (!row) {
        row = this.doc().createElement('div');
        this.pool[k] = row;
        this.list.appendChild(row);
      }
      this.fill(row, this.start + k);
    }
    while (this.pool.length > n) this.pool.pop()!.remove();
  }
  scrollTo(start: number) {
    this.follow = false;
    this.start = start;
    this.render();
  }
  scrollToBottom() {
    this.follow = true;
    this.render();
  }
  private liveNode(i: number): Text | undefined {
    if (!this.list) return undefined;
    const k = i - this.start;
    if (k < 0 || k >= this.pool.length) return undefined;
    return q(this.pool[k]!, '.lt-full-transcript__message').firstChild as Text;
  }
  /** Adds a row for `name` and grows it; `final` re-punctuates the finished row. */
  async say(name: string, letter: string, time: string, text: string, step: number, final?: string) {
    const words = text.split(' ');
    this.rows.push({ name, letter, time, text: words[0]! });
    const i = this.rows.length - 1;
    this.render();
    await this.p.sleep(step);
    for (let w = 2; w <= words.length; w++) {
      this.rows[i]!.text = words.slice(0, w).join(' ');
      const node = this.liveNode(i);
      if (node) node.data = this.rows[i]!.text;
      await this.p.sleep(step);
    }
    if (final !== undefined) {
      this.rows[i]!.text = final;
      const node = this.liveNode(i);
      if (node) node.data = final;
      await this.p.sleep(step);
    }
  }
}

// 5. The transcript panel is open from the start and there is no overlay at all; the user closes the
// panel mid-call and reopens it. Assumption (research silent): while closed nothing is rendered, and
// on reopening the list re-renders its latest rows from history (including those said while closed).
const PAT = 'Grace Okafor';
const panelOpenClose: Scenario = {
  name: 'zoom panel: open from the start, closed mid-call and reopened',
  url: URL,
  selfNames: [SELF],
  body:
    `<div id="zmmtg-root"><div id="wc-container"><div class="gallery-video-container__main-view">${tileEl(SELF_IMG, SELF)}</div>` +
    `<div class="sidebar-container"></div>${FOOTER}</div></div>`,
  productTiming: true,
  loose: true,
  async play(p) {
    const pn = new Panel(p, () => p.doc, 8, '.sidebar-container');
    pn.open();
    await pn.say(SELF, 'D', '10:02:11', 'Good morning Grace, how did the new inhaler work', 200, 'Good morning Grace. How did the new inhaler work?');
    await p.sleep(1300);
    await pn.say(PAT, 'G', '10:02:19', 'It works much better. I only needed it twice', 200, 'It works much better, I only needed it twice.');
    await pn.say(PAT, 'G', '10:02:25', 'Both times after walking the dog in the cold.', 200);
    await p.sleep(1300);
    pn.close();
    await p.sleep(600);
    await pn.say(SELF, 'D', '10:02:33', 'Cold air is a common trigger for that.', 200);
    await p.sleep(700);
    await pn.say(PAT, 'G', '10:02:38', 'Should I use it before going outside then?', 200);
    await p.sleep(900);
    pn.open();
    await p.sleep(1300);
    await pn.say(SELF, 'D', '10:02:45', 'Yes, two puffs about fifteen minutes before.', 200);
    await p.sleep(1300);
    await pn.say(PAT, 'G', '10:02:52', 'Okay, I will try that this week.', 200);
    await p.sleep(1000);
  },
  leave: leaveIn((p) => p.doc),
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Good morning Grace. How did the new inhaler work?' },
    { speaker: PAT, role: 'patient', text: 'It works much better, I only needed it twice.' },
    { speaker: PAT, role: 'patient', text: 'Both times after walking the dog in the cold.' },
    { speaker: SELF, role: 'clinician', text: 'Cold air is a common trigger for that.' },
    { speaker: PAT, role: 'patient', text: 'Should I use it before going outside then?' },
    { speaker: SELF, role: 'clinician', text: 'Yes, two puffs about fifteen minutes before.' },
    { speaker: PAT, role: 'patient', text: 'Okay, I will try that this week.' },
  ],
  forbidden: ['10:02', 'DDr.', 'GGrace', 'You have left the meeting'],
};

// 6. Panel inside #webclient, 5 visible rows. The user scrolls up to re-read the start (rows recycled
// to older utterances) while the patient and a caregiver keep talking, then scrolls back to the bottom
// (rows recycled to the newest, which appear complete at once). No overlay (assumption: the user hid
// it; the research does not say whether both show together).
const CARE = 'Tom Okafor';
const panelScroll: Scenario = {
  name: 'zoom panel: scrolled up while the patient speaks, then scrolled back',
  url: URL,
  selfNames: [SELF],
  body: '<iframe id="webclient"></iframe>',
  prepare: fillFrame(
    `<div id="zmmtg-root"><div id="wc-container"><div class="gallery-video-container__main-view">${tileEl(SELF_IMG, SELF)}</div>` +
      `<div class="sidebar-container"></div>${FOOTER}</div></div>`,
  ),
  async play(p) {
    const pn = new Panel(p, () => frameDoc(p), 5, '.sidebar-container');
    pn.open();
    const lines: [string, string, string][] = [
      [SELF, 'D', 'Hello Grace, is your husband joining today?'],
      [PAT, 'G', 'Yes he is sitting right next to me.'],
      [CARE, 'T', 'Hi doctor, I am Tom.'],
      [SELF, 'D', 'Nice to meet you Tom. Grace, any new symptoms?'],
      [PAT, 'G', 'A little swelling in my ankles by the evening.'],
      [PAT, 'G', 'It goes away overnight.'],
      [SELF, 'D', 'How many pillows do you sleep on?'],
    ];
    let sec = 10;
    for (const [n, l, t] of lines) {
      await pn.say(n, l, `11:15:${sec}`, t, 90);
      sec += 4;
      await p.sleep(700);
    }
    pn.scrollTo(0);
    await p.sleep(500);
    await pn.say(PAT, 'G', `11:15:${sec}`, 'Two pillows, sometimes three when I feel short of breath.', 90);
    await pn.say(CARE, 'T', `11:15:${sec + 4}`, 'She has been waking up coughing too.', 90);
    await p.sleep(600);
    pn.scrollTo(1);
    await p.sleep(500);
    pn.scrollToBottom();
    await p.sleep(900);
    await pn.say(SELF, 'D', `11:15:${sec + 8}`, 'Thank you both, I would like to order a chest X-ray.', 90);
    await p.sleep(700);
  },
  leave: leaveIn(frameDoc),
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Hello Grace, is your husband joining today?' },
    { speaker: PAT, role: 'patient', text: 'Yes he is sitting right next to me.' },
    { speaker: CARE, role: 'other', text: 'Hi doctor, I am Tom.' },
    { speaker: SELF, role: 'clinician', text: 'Nice to meet you Tom. Grace, any new symptoms?' },
    { speaker: PAT, role: 'patient', text: 'A little swelling in my ankles by the evening. It goes away overnight.' },
    { speaker: SELF, role: 'clinician', text: 'How many pillows do you sleep on?' },
    { speaker: PAT, role: 'patient', text: 'Two pillows, sometimes three when I feel short of breath.' },
    { speaker: CARE, role: 'other', text: 'She has been waking up coughing too.' },
    { speaker: SELF, role: 'clinician', text: 'Thank you both, I would like to order a chest X-ray.' },
  ],
  forbidden: ['11:15', 'DDr.', 'GGrace', 'TTom', 'You have left the meeting'],
};

export const zoomScenarios: Scenario[] = [threeSpeakers, avatarSwap, interleave, rewrites, panelOpenClose, panelScroll];
