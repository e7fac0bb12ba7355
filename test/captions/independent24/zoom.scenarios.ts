// Round 24, Zoom web client: "the platform ships a new front-end build mid-year".
//
// Written blind from /work/shared/research/caption-platforms.md only (plus the Scenario API in
// ../independent/kit.ts and ../independent/runner.ts). Research sections used:
//   §1   cross-platform summary (Zoom row: overlay = one rolling node, no names; panel = named rows)
//   §3.1 URL patterns and frame layout (same-origin iframe #webclient, top-document builds,
//        in-call markers #audioOptionMenu and #wc-footer .footer__leave-btn-container button)
//   §3.2 turning captions on/off (More → Captions; no "always show captions")
//   §3.3 overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img | initials
//        span) + span.live-transcription-subtitle__item; rolling window; accumulated window returns
//        on interleave; system/noise lines such as "Captions will be shown in English (US)"
//   §3.4 full transcript panel: [aria-label="Live Transcription List"], class containing
//        new-lt-list-container, #full-transcription / .lt-full-transcript, rows
//        .lt-full-transcript__item with __avatar / __display-name / __time / __message, name header
//        only on the first row of a group (__title--first), letter avatar inside the title,
//        React-virtualized row recycling, ASR re-punctuation and trailing-word re-spelling
//   §8   strategies (1 semantic/BEM anchors, 5 re-attach on re-mount, 8 identity under recycling,
//        9 rolling-window diffing, 11 noise filters) and §9 fixture checklist (captions off/on with a
//        new root, img vs initials avatar, top document vs iframe #webclient)
//
// What a "new build" is allowed to change here (the research's volatile parts): hashed CSS-in-JS
// classes next to the BEM names (all rotated vs. any earlier build), extra wrapper divs between the
// documented anchors, the empty `alt` on avatar images, where the caption views are mounted (and a
// re-mount under a new parent mid-call), and toasts/tooltips inserted next to the captions.
// What it keeps (the research's stable/documented anchors): every BEM class and id listed in §3.3
// and §3.4, the aria-label "Live Transcription List", the iframe id `webclient`, the in-call markers
// of §3.1, and the documented ancestor/descendant structure (box ⊃ row ⊃ avatar + item; container ⊃
// item ⊃ display-name/time/message).
import { el, grow, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

type Who = 'C' | 'P';

/** The same-origin meeting frame (§3.1). */
function frameDoc(p: Page): Document {
  const doc = q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument;
  if (!doc) throw new Error('scenario bug: #webclient has no contentDocument');
  return doc;
}

/** The last `max` characters of a speaker's accumulated words, cut at a word boundary (§3.3 rolling window). */
function tailOf(words: readonly string[], max: number): string {
  let out = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const next = out ? `${words[i]} ${out}` : words[i]!;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[words.length - 1] ?? '');
}

/** One persistent overlay row: the avatar is swapped on a speaker change, the text rolls. */
interface Overlay {
  /** Per-speaker accumulated words: Zoom returns to an earlier speaker's ACCUMULATED window (§3.3). */
  acc: Map<Who, string[]>;
  current: Who | null;
  max: number;
  show(who: Who): void;
  set(text: string): void;
}

/** Speaks one sentence into the overlay word by word; `onWord` mirrors the growth elsewhere (panel). */
async function overlaySay(p: Page, ov: Overlay, who: Who, sentence: string, stepMs: number, onWord?: (sofar: string) => void) {
  let acc = ov.acc.get(who);
  if (!acc) {
    acc = [];
    ov.acc.set(who, acc);
  }
  if (ov.current !== who) {
    // Avatar swap and text swap land in the same render, the text being the returning speaker's
    // accumulated window (empty the first time).
    ov.current = who;
    ov.show(who);
    ov.set(tailOf(acc, ov.max));
    await p.sleep(stepMs);
  }
  const words = sentence.split(' ');
  for (let i = 0; i < words.length; i++) {
    acc.push(words[i]!);
    ov.set(tailOf(acc, ov.max));
    onWord?.(words.slice(0, i + 1).join(' '));
    await p.sleep(stepMs);
  }
}

/** Leaving the iframe build: the meeting UI (with its in-call markers and captions) is torn down. */
function leaveFrame(p: Page) {
  const d = frameDoc(p);
  d.getElementById('zmmtg-root')?.remove();
  d.body.append(el(d, '<div class="zm-modal-body-title" role="alert">You have left the meeting</div>'));
}

/** Leaving the top-document build. */
function leaveTop(p: Page) {
  p.doc.getElementById('zmmtg-root')?.remove();
  p.doc.body.append(el(p.doc, '<div class="zm-modal-body-title" role="alert">You have left the meeting</div>'));
}

const FOOTER = `
  <div id="wc-footer" class="footer css-1f0q2vx">
    <div class="footer__btns-container css-7hq1rr">
      <button id="audioOptionMenu" class="footer-button css-0m3kqa" aria-label="Audio options">Mute</button>
    </div>
    <div class="footer__leave-btn-container css-91bd0e"><button class="footer__leave-btn css-zr81fa" aria-label="Leave">Leave</button></div>
  </div>`;

// ------------------------------------------------------------------------------------------------
// 1. Overlay only, inside the same-origin #webclient iframe.
// Tests: the rolling single-node overlay of a new build read from inside #webclient: speaker changes
//   signalled only by the avatar swap (photo img for the clinician, initials bubble "JE" for the
//   patient), old words rolling off the front of a ~96-char window, the earlier speaker's accumulated
//   window coming back on every interleave (must not be re-emitted), and a language toast rendered
//   inside the caption box for the first turns (must not leak).
// Keeps: iframe#webclient, .live-transcription-subtitle__box, #live-transcription-subtitle,
//   span.live-transcription-subtitle__item, img-or-initials as the row's first child, in-call markers.
// Varies: rotated hashed classes (css-…) on every node; an EXTRA wrapper div between the box and the
//   #live-transcription-subtitle row (so the row is not box.lastChild); avatar img WITHOUT the `alt`
//   attribute; the toast as the box's first child.
// Assumptions (research silent): the row is empty until the first caption; the text is one text node
//   rewritten in place (characterData); the toast sits inside the box. No names are in the DOM, so
//   speakers are keys and no role is expected.
// ------------------------------------------------------------------------------------------------
const S1_TURNS: [Who, string][] = [
  ['C', "Good morning, Jordan. I'm Dr. Okafor. How has your asthma been since we last spoke?"],
  ['P', "Mostly okay, but I've been wheezing at night about three times a week."],
  ['C', 'Are you using your rescue inhaler on those nights?'],
  ['P', 'Yes, two puffs usually help within ten minutes.'],
  ['C', 'Any coughing during the day or trouble with exercise?'],
  ['P', 'A little when I climb stairs at work, nothing serious.'],
  ['C', "Let's step up your controller inhaler to twice daily and recheck in a month."],
  ['P', 'That sounds good. Should I keep a symptom diary?'],
  ['C', 'Yes please, and note any triggers like cold air or pets.'],
];

const overlayInFrame: Scenario = {
  name: 'zoom r24: overlay only in #webclient, rotated classes, extra row wrapper, toast in the box',
  url: 'https://app.zoom.us/wc/84512367890/join?fromPWA=1',
  selfNames: ['Dr. Maya Okafor'],
  body: `<div id="root" class="pwa-shell css-1x0a9c"><iframe id="webclient" title="Zoom Meeting" allow="camera; microphone"></iframe></div>`,
  prepare(p) {
    const d = frameDoc(p);
    d.body.innerHTML = `
      <div id="zmmtg-root">
        <div id="wc-container" class="meeting-app css-3ke0p1">
          <div id="wc-content" class="css-0pq7zz">
            <div class="speaker-active-container css-q0v2ls"><canvas class="css-8xkq1t"></canvas></div>
            <div class="css-subtitle-dock-r24 css-6tq0ma">
              <div class="live-transcription-subtitle__box css-1q8v3rz">
                <div class="css-4kz0pl" role="presentation">
                  <div id="live-transcription-subtitle" class="css-9d2xvq"></div>
                </div>
              </div>
            </div>
          </div>
          ${FOOTER}
        </div>
      </div>`;
  },
  async play(p) {
    const d = frameDoc(p);
    const box = q(d, '.live-transcription-subtitle__box');
    const row = q(d, '#live-transcription-subtitle');
    let text: Text | null = null;
    const toast = el(d, '<div role="status" aria-live="polite" class="css-t0a5tq">Captions will be shown in English (US)</div>');
    box.insertBefore(toast, box.firstChild);
    await p.sleep(400);
    const ov: Overlay = {
      acc: new Map(),
      current: null,
      max: 96,
      show(who) {
        const av = who === 'C'
          ? el(d, '<img class="css-5v1mrd" src="https://us04st1.zoom.us/p/v2/9a1f0c2e7b/okafor-4c1e.jpg">')
          : el(d, '<span class="css-8q2hzn">JE</span>');
        if (!text) {
          text = d.createTextNode('');
          const item = el(d, '<span class="live-transcription-subtitle__item css-2k9wfe"></span>');
          item.append(text);
          row.append(av, item);
        } else {
          row.replaceChild(av, row.firstChild!);
        }
      },
      set(t) {
        text!.data = t;
      },
    };
    for (let i = 0; i < S1_TURNS.length; i++) {
      const [who, sentence] = S1_TURNS[i]!;
      if (i === 2) toast.remove();
      await overlaySay(p, ov, who, sentence, 95);
      await p.sleep(750);
    }
  },
  leave: leaveFrame,
  expected: S1_TURNS.map(([who, text]): Expected => ({ speaker: { key: who === 'C' ? 'clinician' : 'patient' }, text })),
  forbidden: ['Captions will be shown', 'English (US)', 'You have left the meeting', 'JE'],
};

// ------------------------------------------------------------------------------------------------
// 2. Full-transcript panel only, top-document build (no iframe).
// Tests: named panel rows in a build that renders the meeting in the top document: name header only
//   on the first row of a speaker's group (continuation rows inherit the speaker), a letter avatar
//   inside the title (must not prefix the name: "PDr. …"), timestamps (must not leak), word-by-word
//   growth with ASR re-punctuation and a re-spelled trailing word ("evenin" → "evening."), and
//   React-virtualized recycling: once 5 rows are mounted, the oldest row element (and its message
//   text node) is reused for the next row — its old text must stay in the old utterance.
// Keeps: #full-transcription, .lt-full-transcript, [aria-label="Live Transcription List"], class
//   new-lt-list-container, .lt-full-transcript__item, __title--first on header rows, __avatar,
//   __display-name, __time, __message; #zmmtg-root / #wc-container; in-call markers.
// Varies: the four container anchors are split over nested elements with an EXTRA scroller wrapper
//   between #full-transcription and the list, an EXTRA inner-scroll wrapper inside the list and an
//   EXTRA absolutely-positioned wrapper around EACH row; an (assumed) `lt-full-transcript__title`
//   div wrapping avatar + name; rotated hashed classes; a panel header with a button next to the list.
// Assumptions (research silent): rows grow word by word in a single text node; in this build the
//   time shows only on header rows; a recycled row element is moved to the end of the list in DOM
//   order. The local user (selfNames) is the clinician; the patient's role is not asserted.
// ------------------------------------------------------------------------------------------------
interface PanelRow {
  text: string;
  final?: string;
}
interface PanelTurn {
  who: Who;
  time: string;
  rows: PanelRow[];
}

const S2_NAMES: Record<Who, string> = { C: 'Dr. Priya Natarajan', P: 'Tomasz Wierzbicki' };
const S2_TURNS: PanelTurn[] = [
  { who: 'C', time: '10:14:02', rows: [{ text: 'Hi Tomasz, thanks for joining. How is the knee after physiotherapy?' }] },
  {
    who: 'P',
    time: '10:14:09',
    rows: [{ text: 'better on flat ground', final: 'Better on flat ground.' }, { text: 'Stairs still hurt, especially going down.' }],
  },
  { who: 'C', time: '10:14:20', rows: [{ text: 'On a scale from one to ten, how bad is it on the stairs?' }] },
  { who: 'P', time: '10:14:29', rows: [{ text: 'around a six and it swells by the evenin', final: 'Around a six, and it swells by the evening.' }] },
  { who: 'C', time: '10:14:37', rows: [{ text: 'Are you icing it and keeping it raised after work?' }] },
  { who: 'P', time: '10:14:45', rows: [{ text: 'I ice it most days but forget to raise it.' }] },
  {
    who: 'C',
    time: '10:14:52',
    rows: [
      { text: 'Please try both daily.' },
      { text: 'i will also order an ultrasound to check the tendon', final: 'I will also order an ultrasound to check the tendon.' },
    ],
  },
  { who: 'P', time: '10:15:06', rows: [{ text: 'Okay. Will someone call me to book the scan?' }] },
  { who: 'C', time: '10:15:13', rows: [{ text: 'Yes, the imaging desk will phone you tomorrow morning.' }] },
  { who: 'P', time: '10:15:21', rows: [{ text: 'Great, thank you, doctor.' }] },
];

function panelExpected(turns: PanelTurn[], names: Record<Who, string>): Expected[] {
  return turns.map((t) => ({
    speaker: names[t.who],
    ...(t.who === 'C' ? { role: 'clinician' as const } : {}),
    text: t.rows.map((r) => r.final ?? r.text).join(' '),
  }));
}

const panelTopDoc: Scenario = {
  name: 'zoom r24: panel only in top document, extra list/row wrappers, title wrapper, recycled rows',
  url: 'https://us04web.zoom.us/wc/91827364510/join',
  selfNames: ['Dr. Priya Natarajan'],
  body: `
    <div id="zmmtg-root">
      <div id="wc-container" class="meeting-app css-8d1lqa">
        <div id="wc-content" class="css-2vq9kz">
          <div class="speaker-active-container css-w1q0nb"><canvas class="css-0aq2lp"></canvas></div>
          <div id="wc-container-right" class="css-9rx1mt">
            <div id="full-transcription" class="lt-full-transcript css-ml2c4r">
              <div class="css-1b7c0e"><span class="css-h3z0qa">Transcript</span><button class="css-s0v9ra" aria-label="Save transcript">Save transcript</button></div>
              <div class="ReactVirtualized__Grid css-x82ja0" role="presentation" style="overflow:auto;height:260px">
                <div aria-label="Live Transcription List" role="list" class="new-lt-list-container css-4nr8u2">
                  <div class="ReactVirtualized__Grid__innerScrollContainer css-p0z3ka" role="rowgroup" style="position:relative"></div>
                </div>
              </div>
            </div>
          </div>
        </div>
        ${FOOTER}
      </div>
    </div>`,
  async play(p) {
    const d = p.doc;
    const inner = q(d, '.ReactVirtualized__Grid__innerScrollContainer');
    const mounted: HTMLElement[] = [];
    let index = 0;
    const MAX_ROWS = 5;

    /** Mounts (or recycles) a row element and returns its message text node, content rewritten in place. */
    const nextRow = (who: Who, time: string, header: boolean): Text => {
      let wrapper: HTMLElement;
      if (mounted.length >= MAX_ROWS) {
        wrapper = mounted.shift()!;
        inner.append(wrapper); // recycled: the same element (and text node) now holds a new utterance
      } else {
        wrapper = el(d, `<div role="listitem" class="css-r0w7kq" style="position:absolute;left:0;width:100%;height:52px">
            <div class="lt-full-transcript__item css-k7d1pe"><div class="lt-full-transcript__message css-m3e0zz"></div></div>
          </div>`);
        inner.append(wrapper);
      }
      mounted.push(wrapper);
      wrapper.style.top = `${index++ * 52}px`;
      const item = q(wrapper, '.lt-full-transcript__item');
      const msg = q(item, '.lt-full-transcript__message');
      item.classList.toggle('lt-full-transcript__title--first', header);
      const title = item.querySelector('.lt-full-transcript__title');
      const timeEl = item.querySelector('.lt-full-transcript__time');
      if (header) {
        if (title) {
          q(title, '.lt-full-transcript__avatar').textContent = S2_NAMES[who].replace(/^Dr\. /, '').charAt(0);
          q(title, '.lt-full-transcript__display-name').textContent = S2_NAMES[who];
        } else {
          item.insertBefore(
            el(d, `<div class="lt-full-transcript__title css-0w2j8d"><span class="lt-full-transcript__avatar css-k1l3a9">${S2_NAMES[who].replace(/^Dr\. /, '').charAt(0)}</span><span class="lt-full-transcript__display-name css-7c0zpe">${S2_NAMES[who]}</span></div>`),
            msg,
          );
        }
        if (timeEl) timeEl.textContent = time;
        else item.insertBefore(el(d, `<span class="lt-full-transcript__time css-5q1x0d">${time}</span>`), msg);
      } else {
        title?.remove();
        timeEl?.remove();
      }
      let node = msg.firstChild as Text | null;
      if (!node) {
        node = d.createTextNode('');
        msg.append(node);
      }
      return node;
    };

    await p.sleep(300);
    for (const turn of S2_TURNS) {
      for (let r = 0; r < turn.rows.length; r++) {
        const row = turn.rows[r]!;
        const node = nextRow(turn.who, turn.time, r === 0);
        // Same tick as the (re)mount: the recycled node's old text is replaced by the first new word.
        await grow(p, node, row.text, row.final, 100);
        if (r < turn.rows.length - 1) await p.sleep(350);
      }
      await p.sleep(800);
    }
  },
  leave: leaveTop,
  expected: panelExpected(S2_TURNS, S2_NAMES),
  loose: true,
  forbidden: ['Save transcript', '10:14', '10:15', 'PDr', 'TTomasz'],
};

// ------------------------------------------------------------------------------------------------
// 3. Overlay AND panel, inside #webclient; a layout change mid-call re-mounts both.
// Tests: both caption views showing the same speech (must be captured once, with the panel's
//   names), then a mid-call switch from speaker view to gallery view that unmounts the overlay box
//   and the sidebar panel and mounts NEW nodes under NEW parents (the overlay in the gallery
//   container, the panel in a pop-out window); the new panel re-renders the recent rows and the new
//   overlay re-renders the current speaker's accumulated window — none of that may be re-emitted —
//   and a "Switched to Gallery View" toast next to the new box must not leak.
// Keeps: iframe#webclient, .live-transcription-subtitle__box › #live-transcription-subtitle ›
//   (img alt="" | initials span) + span.live-transcription-subtitle__item; the panel container with
//   #full-transcription, .lt-full-transcript, class new-lt-list-container and aria-label
//   "Live Transcription List" on one element; the outline's flat rows (__title--first, __avatar,
//   __display-name, __time, __message); in-call markers.
// Varies: parents of both views after the re-mount (new container classes, the panel outside the
//   right sidebar); rotated hashed classes that differ between the two mounts; a toast inserted as a
//   sibling of the new box.
// Assumptions (research silent): a layout change re-mounts the caption views rather than moving the
//   nodes; the re-mounted panel re-renders the last rows starting at a group header; the re-mounted
//   overlay shows the current speaker's accumulated window. The local user is the clinician.
// ------------------------------------------------------------------------------------------------
const S3_NAMES: Record<Who, string> = { C: 'Dr. Samuel Reyes', P: 'María González' };
const S3_PHOTO = 'https://us04st1.zoom.us/p/v2/31be07d2aa/reyes-77f0.jpg';
const S3_TURNS: PanelTurn[] = [
  { who: 'C', time: '16:02:05', rows: [{ text: 'Hello María, can you hear me clearly now?' }] },
  { who: 'P', time: '16:02:10', rows: [{ text: 'Yes, I can hear you fine, doctor.' }] },
  { who: 'C', time: '16:02:16', rows: [{ text: 'Good. Your last A1C came back at seven point eight.' }] },
  { who: 'P', time: '16:02:24', rows: [{ text: 'Is that worse than before?' }, { text: 'I have been trying to walk every evening.' }] },
  { who: 'C', time: '16:02:35', rows: [{ text: "It's a bit higher than in spring, but walking helps a lot." }] },
  // ---- layout change (speaker view → gallery view) happens here ----
  { who: 'P', time: '16:02:47', rows: [{ text: "I also skip breakfast sometimes because I'm rushing." }] },
  {
    who: 'C',
    time: '16:02:55',
    rows: [{ text: 'Try a small breakfast with protein, it keeps your sugar steadier.' }, { text: "We'll add a low dose of metformin at dinner." }],
  },
  { who: 'P', time: '16:03:09', rows: [{ text: 'Will the metformin upset my stomach?' }] },
  { who: 'C', time: '16:03:15', rows: [{ text: 'Some people notice mild nausea at first, taking it with food helps.' }] },
  { who: 'P', time: '16:03:24', rows: [{ text: "Okay, I'll start tonight and message you next week." }] },
];
const S3_REMOUNT_AFTER = 5;

const bothRemounted: Scenario = {
  name: 'zoom r24: overlay + panel in #webclient, layout change re-mounts both under new parents',
  url: 'https://app.zoom.us/wc/87654321098/join',
  selfNames: ['Dr. Samuel Reyes'],
  body: `<div id="root" class="pwa-shell css-71mz0q"><iframe id="webclient" title="Zoom Meeting"></iframe></div>`,
  prepare(p) {
    const d = frameDoc(p);
    d.body.innerHTML = `
      <div id="zmmtg-root">
        <div id="wc-container" class="meeting-app css-c0r9ws">
          <div id="wc-content" class="css-v8a1pe">
            <div class="speaker-view css-sv71a0">
              <div class="speaker-active-container css-1yq3fd"><canvas class="css-2wq8b0"></canvas></div>
              <div class="live-transcription-subtitle__box css-b0x81q">
                <div id="live-transcription-subtitle" class="css-rw12va"></div>
              </div>
            </div>
            <div id="wc-container-right" class="sidebar css-sb9k2m">
              <div id="full-transcription" class="lt-full-transcript new-lt-list-container css-ft2u0e" aria-label="Live Transcription List" role="list"></div>
            </div>
          </div>
          ${FOOTER}
        </div>
      </div>`;
  },
  async play(p) {
    const d = frameDoc(p);
    let row = q(d, '#live-transcription-subtitle');
    let list = q(d, '#full-transcription');
    let text: Text | null = null;
    let rowCls = 'css-q7d0fa';
    const history: { who: Who; time: string; header: boolean; text: string }[] = [];

    const ov: Overlay = {
      acc: new Map(),
      current: null,
      max: 90,
      show(who) {
        const av = who === 'C' ? el(d, `<img src="${S3_PHOTO}" alt="">`) : el(d, '<span class="css-i9n2ab">MG</span>');
        if (!text) {
          text = d.createTextNode('');
          const item = el(d, '<span class="live-transcription-subtitle__item css-0t1kcz"></span>');
          item.append(text);
          row.append(av, item);
        } else {
          row.replaceChild(av, row.firstChild!);
        }
      },
      set(t) {
        text!.data = t;
      },
    };

    const panelRow = (who: Who, time: string, header: boolean, initial = ''): Text => {
      const avatar = who === 'C' ? `<img src="${S3_PHOTO}" alt="">` : 'M';
      const item = header
        ? el(d, `<div class="lt-full-transcript__item lt-full-transcript__title--first ${rowCls}"><div class="lt-full-transcript__avatar">${avatar}</div><span class="lt-full-transcript__display-name">${S3_NAMES[who]}</span><span class="lt-full-transcript__time">${time}</span><div class="lt-full-transcript__message"></div></div>`)
        : el(d, `<div class="lt-full-transcript__item ${rowCls}"><span class="lt-full-transcript__time">${time}</span><div class="lt-full-transcript__message"></div></div>`);
      const node = d.createTextNode(initial);
      q(item, '.lt-full-transcript__message').append(node);
      list.append(item);
      return node;
    };

    await p.sleep(300);
    let toast: HTMLElement | null = null;
    for (let t = 0; t < S3_TURNS.length; t++) {
      const turn = S3_TURNS[t]!;
      if (t === S3_REMOUNT_AFTER) {
        // Layout change: both views unmounted, new nodes mounted under new parents.
        q(d, '.speaker-view').remove();
        q(d, '#wc-container-right').remove();
        rowCls = 'css-y5h2nw';
        const gallery = el(d, `<div class="gallery-video-container css-g4l1xe">
            <div class="gallery-video-container__wrap css-0p2m7d"><canvas class="css-9c1vna"></canvas></div>
            <div class="live-transcription-subtitle__box css-n3w8q0"><div id="live-transcription-subtitle" class="css-c2m0rt"></div></div>
          </div>`);
        q(d, '#wc-content').prepend(gallery);
        toast = el<HTMLElement>(d, '<div role="alert" class="css-tz0q8w">Switched to Gallery View</div>');
        gallery.insertBefore(toast, q(gallery, '.live-transcription-subtitle__box'));
        const pop = el(d, `<div class="zm-draggable-window css-d8v1ra">
            <div class="css-ph0w2c"><span>Transcript</span><button aria-label="Close">×</button></div>
            <div id="full-transcription" class="lt-full-transcript new-lt-list-container css-7yq3de" aria-label="Live Transcription List" role="list"></div>
          </div>`);
        q(d, '#wc-container').insertBefore(pop, q(d, '#wc-footer'));
        row = q(gallery, '#live-transcription-subtitle');
        list = q(pop, '#full-transcription');
        text = null;
        // Re-render: recent rows (from the last group header at or before the 4th-last row)…
        let start = Math.max(0, history.length - 4);
        while (start > 0 && !history[start]!.header) start--;
        for (const h of history.slice(start)) panelRow(h.who, h.time, h.header, h.text);
        // …and the current speaker's accumulated overlay window.
        ov.show(ov.current!);
        ov.set(tailOf(ov.acc.get(ov.current!) ?? [], ov.max));
        await p.sleep(500);
      }
      if (t === S3_REMOUNT_AFTER + 2) toast?.remove();
      for (let r = 0; r < turn.rows.length; r++) {
        const sentence = turn.rows[r]!.text;
        const node = panelRow(turn.who, turn.time, r === 0);
        await overlaySay(p, ov, turn.who, sentence, 100, (sofar) => {
          node.data = sofar;
        });
        history.push({ who: turn.who, time: turn.time, header: r === 0, text: sentence });
        if (r < turn.rows.length - 1) await p.sleep(300);
      }
      await p.sleep(t === S3_REMOUNT_AFTER - 1 ? 450 : 800);
    }
  },
  leave: leaveFrame,
  expected: panelExpected(S3_TURNS, S3_NAMES),
  forbidden: ['Switched to Gallery View', 'Transcript', '16:0', 'MG', 'MMar', 'You have left the meeting'],
};

// ------------------------------------------------------------------------------------------------
// 4. Overlay only, top-document build; captions turned off and on again mid-call.
// Tests: the documented top-document variant of the web client (no iframe) with the overlay box
//   mounted when captions go on, UNMOUNTED when they go off (two turns spoken meanwhile are not on
//   screen and not expected) and a NEW box node mounted when they go on again; the avatar (initials
//   "RA" for the clinician, photo for the patient) wrapped in an extra div; a hover tooltip appended
//   inside the caption row next to the text span (must not leak); participant tiles carrying the
//   patient's photo and name elsewhere on the page.
// Keeps: .live-transcription-subtitle__box, #live-transcription-subtitle,
//   span.live-transcription-subtitle__item, avatar (img | initials span) as the row's first content,
//   #zmmtg-root / #wc-container, in-call markers.
// Varies: an EXTRA wrapper div around the avatar; avatar img without `alt`; rotated hashed classes
//   (different on the second box); the text is re-rendered by replacing the item's text node on each
//   update (childList) instead of characterData; a tooltip inside the row.
// Assumptions (research silent): turning captions off removes the box; after turning them on again the
//   overlay starts empty (no accumulated window from before). No names in the overlay, so speakers
//   are keys and no role is expected (the tile name may or may not be picked up; any consistent name
//   passes).
// ------------------------------------------------------------------------------------------------
const S4_TURNS: [Who, string, 'shown' | 'off'][] = [
  ['C', 'Hi Lena, I can see the rash on your forearm in the photo you sent.', 'shown'],
  ['P', 'It started last Tuesday and it itches most at night.', 'shown'],
  ['C', 'Have you changed soap, detergent, or started any new medicines?', 'shown'],
  ['P', 'I switched to a new laundry detergent about two weeks ago.', 'shown'],
  ['C', 'That could well be the cause of the irritation.', 'off'],
  ['P', 'Should I switch back right away?', 'off'],
  ['C', 'Yes, go back to your old detergent and rinse clothes twice.', 'shown'],
  ['P', 'Can I use the cream my pharmacist recommended?', 'shown'],
  ['C', 'A mild hydrocortisone cream twice daily for one week is fine.', 'shown'],
  ['P', "Thanks, I'll send another photo if it doesn't improve.", 'shown'],
];
const S4_PHOTO = 'https://us04st1.zoom.us/p/v2/c5d0e1f29a/fischer-2b7d.jpg';

const overlayTopToggle: Scenario = {
  name: 'zoom r24: overlay only in top document, wrapped avatar, captions off/on with a new box, tooltip',
  url: 'https://us04web.zoom.us/wc/83319402217/start',
  selfNames: ['Dr. Rahul Anand'],
  body: `
    <div id="zmmtg-root">
      <div id="wc-container" class="meeting-app css-q1w8ze">
        <div id="wc-content" class="css-3xp0ha">
          <div class="gallery-video-container css-51lq0e">
            <div class="video-tile css-a0d2kq"><div class="video-avatar__avatar"><img src="${S4_PHOTO}" alt=""></div><div class="video-avatar__name">Lena Fischer</div></div>
            <div class="video-tile css-a0d2kq"><div class="video-avatar__avatar"><span>RA</span></div><div class="video-avatar__name">Dr. Rahul Anand</div></div>
          </div>
          <div id="caption-dock" class="css-dk2r0p"></div>
        </div>
        ${FOOTER}
      </div>
    </div>`,
  async play(p) {
    const d = p.doc;
    const dock = q(d, '#caption-dock');
    let row: HTMLElement | null = null;
    let item: HTMLElement | null = null;
    let box: HTMLElement | null = null;
    let cls = 'css-7ab2xe';

    const mountBox = () => {
      box = el<HTMLElement>(d, `<div class="live-transcription-subtitle__box ${cls}"><div id="live-transcription-subtitle" class="css-h2r8mq"></div></div>`);
      dock.append(box);
      row = q<HTMLElement>(box, '#live-transcription-subtitle');
      item = null;
    };
    const ov: Overlay = {
      acc: new Map(),
      current: null,
      max: 100,
      show(who) {
        const av = who === 'C'
          ? el(d, '<div class="css-avw0k1"><span class="css-ini3q2">RA</span></div>')
          : el(d, `<div class="css-avw0k1"><img class="css-im9p1d" src="${S4_PHOTO}"></div>`);
        if (!item) {
          item = el<HTMLElement>(d, '<span class="live-transcription-subtitle__item css-x0e4nb"></span>');
          row!.append(av, item);
        } else {
          row!.replaceChild(av, row!.firstElementChild!);
        }
      },
      set(t) {
        item!.textContent = t;
      },
    };

    await p.sleep(200);
    mountBox();
    await p.sleep(400);
    let tooltip: HTMLElement | null = null;
    for (let i = 0; i < S4_TURNS.length; i++) {
      const [who, sentence, state] = S4_TURNS[i]!;
      if (state === 'off') {
        if (box) {
          // More → Captions (off): the overlay is unmounted; speech goes on without captions.
          (box as HTMLElement).remove();
          box = null;
          row = null;
          item = null;
        }
        await p.sleep(sentence.split(' ').length * 100 + 700);
        continue;
      }
      if (!box) {
        // More → Captions (on) again: a new box node, new hashed class, empty overlay.
        cls = 'css-0rz5kt';
        mountBox();
        ov.acc = new Map();
        ov.current = null;
        await p.sleep(400);
      }
      if (i === 7) {
        tooltip = el<HTMLElement>(d, '<div role="tooltip" class="css-tp4g1s">View full transcript</div>');
        row!.append(tooltip);
      }
      if (i === 9) tooltip?.remove();
      await overlaySay(p, ov, who, sentence, 95);
      await p.sleep(750);
    }
  },
  leave: leaveTop,
  expected: S4_TURNS.filter(([, , state]) => state === 'shown').map(
    ([who, text]): Expected => ({ speaker: { key: who === 'C' ? 'clinician' : 'patient' }, text }),
  ),
  forbidden: ['View full transcript', 'That could well be', 'switch back right away', 'RA', 'You have left the meeting'],
};

export const zoomScenarios: Scenario[] = [overlayInFrame, panelTopDoc, bothRemounted, overlayTopToggle];
