// Microsoft Teams (new) pages built from caption-platforms.md §4 only: the 2026 item outline and the
// host/guest layouts (§4.3), in-place refinement, one item per utterance, retention and recycling
// (§4.4), self = your display name and dir="auto" (§4.5).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://teams.microsoft.com/v2/';
const SELF = 'Dr. Maria Lopez';

const WRAPPER = `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h"><div data-tid="closed-caption-v2-window-wrapper"><div data-tid="closed-caption-v2-virtual-list-content"><div class="fui-Flex ___1ccp5kb f13qh94s"></div></div></div></div>`;

function body(hangup = `<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>`): string {
  return `
<div id="app">
  <div data-tid="call-status-container-test-id">00:14</div>
  <div class="calling-controls">
    <button data-tid="more-button" aria-label="More">More</button>
    ${hangup}
  </div>
  <div class="stage">${WRAPPER}</div>
</div>`;
}

type Layout = 'host' | 'guest';

function list(p: Page): HTMLElement {
  return q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
}

function hostItem(p: Page, name: string): HTMLElement {
  const item = el(p.doc, `
<div class="fui-Flex ___a1"><div class="fui-Flex ___a2"><div class="fui-Flex ___a3">
  <div class="fui-ChatMessageCompact ___r9x2">
    <div></div>
    <div class="fui-ChatMessageCompact__avatar">
      <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="h${Math.random().toString(36).slice(2, 8)}">
        <span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="https://example.invalid/avatar.png"></span>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
      <div>
        <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText"></span></span></div>
        <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
  </div>
</div></div></div>`);
  q(item, '[data-tid="author"]').textContent = name;
  return item;
}

/** Guest (anonymous join): virtual-list-content › (div) › author + text, no items-renderer (§4.3). */
function guestItem(p: Page, name: string): HTMLElement {
  const item = el(p.doc, `<div><div><span dir="auto" data-tid="author" class="fui-StyledText"></span></div><div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div>`);
  q(item, '[data-tid="author"]').textContent = name;
  return item;
}

/** Appends one utterance item whose text span holds `first` (a single text node), returns that node. */
function item(p: Page, name: string, first: string, layout: Layout = 'host'): Text {
  const it = layout === 'host' ? hostItem(p, name) : guestItem(p, name);
  const text = p.doc.createTextNode(first);
  q(it, '[data-tid="closed-caption-text"]').appendChild(text);
  if (layout === 'host') q(list(p), ':scope > .fui-Flex').appendChild(it);
  else list(p).appendChild(it);
  return text;
}

/** One utterance: appears with its first word, grows word by word, then is re-punctuated. */
async function say(p: Page, name: string, words: string, final?: string, layout: Layout = 'host', ms = 80) {
  const t = item(p, name, words.split(' ')[0]!, layout);
  await p.sleep(ms);
  await grow(p, t, words, final, ms, 1);
  return t;
}

function leave(p: Page) {
  p.doc.querySelector('#hangup-button')?.remove();
  p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
  p.doc.querySelector('.calling-controls')?.remove();
}

export const teamsScenarios: Scenario[] = [
  {
    name: 'host view: clinician and patient, word growth then re-punctuation of each item',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'hi james how have you been since our last visit', 'Hi James, how have you been since our last visit?');
      await say(p, 'James Carter', 'honestly not great the headaches are back', 'Honestly, not great. The headaches are back.');
      await say(p, SELF, 'we should look at your sleep first', 'We should look at your sleep first.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Hi James, how have you been since our last visit?' },
      { speaker: 'James Carter', role: 'patient', text: 'Honestly, not great. The headaches are back.' },
      { speaker: SELF, role: 'clinician', text: 'We should look at your sleep first.' },
    ],
  },
  {
    name: 'guest view (anonymous join): author and text atoms without the items renderer',
    url: 'https://teams.live.com/light-meetings/launch?coords=abc',
    selfNames: [SELF],
    body: body(`<button data-tid="anon-hangup-button" aria-label="Leave">Leave</button>`),
    async play(p) {
      await say(p, SELF, 'can you see my screen now', 'Can you see my screen now?', 'guest');
      await say(p, 'Aisha Bello', 'yes i can see the chart', 'Yes, I can see the chart.', 'guest');
      await say(p, SELF, 'these are your lab results from tuesday', 'These are your lab results from Tuesday.', 'guest');
    },
    leave(p) {
      p.doc.querySelector('[data-tid="anon-hangup-button"]')?.remove();
      p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
    },
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Can you see my screen now?' },
      { speaker: 'Aisha Bello', role: 'patient', text: 'Yes, I can see the chart.' },
      { speaker: SELF, role: 'clinician', text: 'These are your lab results from Tuesday.' },
    ],
  },
  {
    name: 'one item per utterance: the same speaker gets consecutive items',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'what worries you most right now', 'What worries you most right now?');
      await say(p, 'Ben Adler', 'mostly my job', 'Mostly my job.');
      await say(p, 'Ben Adler', 'they are cutting hours again', 'They are cutting hours again.');
      await say(p, 'Ben Adler', 'and rent is due next week', 'And rent is due next week.');
      await say(p, SELF, 'that is a lot at once', 'That is a lot at once.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'What worries you most right now?' },
      { speaker: 'Ben Adler', role: 'patient', text: 'Mostly my job. They are cutting hours again. And rent is due next week.' },
      { speaker: SELF, role: 'clinician', text: 'That is a lot at once.' },
    ],
  },
  {
    name: 'retention: the oldest items are removed as new ones arrive',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      const turns: [string, string][] = [
        [SELF, 'How many days did you exercise this week?'],
        ['Rosa Diaz', 'Three days, mostly walking.'],
        [SELF, 'How long were the walks?'],
        ['Rosa Diaz', 'About thirty minutes each.'],
        [SELF, 'Did you notice any chest pain?'],
        ['Rosa Diaz', 'No, just some tired legs.'],
        [SELF, 'That is a good sign.'],
        ['Rosa Diaz', 'I want to try four days next week.'],
      ];
      const inner = q(list(p), ':scope > .fui-Flex');
      for (const [who, what] of turns) {
        const words = what.replace(/[.,?]/g, '').toLowerCase();
        await say(p, who, words, what);
        while (inner.children.length > 3) inner.firstElementChild!.remove();
      }
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'How many days did you exercise this week?' },
      { speaker: 'Rosa Diaz', role: 'patient', text: 'Three days, mostly walking.' },
      { speaker: SELF, role: 'clinician', text: 'How long were the walks?' },
      { speaker: 'Rosa Diaz', role: 'patient', text: 'About thirty minutes each.' },
      { speaker: SELF, role: 'clinician', text: 'Did you notice any chest pain?' },
      { speaker: 'Rosa Diaz', role: 'patient', text: 'No, just some tired legs.' },
      { speaker: SELF, role: 'clinician', text: 'That is a good sign.' },
      { speaker: 'Rosa Diaz', role: 'patient', text: 'I want to try four days next week.' },
    ],
  },
  {
    name: 'virtualised list recycles an old item element for a new utterance',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'have you had any fever', 'Have you had any fever?');
      await say(p, 'Kwame Mensah', 'no fever but a sore throat', 'No fever, but a sore throat.');
      await p.sleep(400);
      // The first item's subtree is reused: it moves to the tail and shows the next utterance.
      const inner = q(list(p), ':scope > .fui-Flex');
      const recycled = inner.firstElementChild as HTMLElement;
      inner.appendChild(recycled);
      q(recycled, '[data-tid="author"]').textContent = SELF;
      const t = q(recycled, '[data-tid="closed-caption-text"]').firstChild as Text;
      t.data = 'any';
      await p.sleep(80);
      await grow(p, t, 'any trouble swallowing', 'Any trouble swallowing?', 80, 1);
      await say(p, 'Kwame Mensah', 'only with solid food', 'Only with solid food.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Have you had any fever?' },
      { speaker: 'Kwame Mensah', role: 'patient', text: 'No fever, but a sore throat.' },
      { speaker: SELF, role: 'clinician', text: 'Any trouble swallowing?' },
      { speaker: 'Kwame Mensah', role: 'patient', text: 'Only with solid food.' },
    ],
  },
  {
    name: 'live captions turned off (wrapper removed) and on again (a new wrapper)',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'i will turn captions off for a moment', 'I will turn captions off for a moment.');
      await p.sleep(300);
      p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')!.remove();
      await p.sleep(800);
      q(p.doc, '.stage').appendChild(el(p.doc, WRAPPER));
      await say(p, 'Chloé Martin', 'are they back on now', 'Are they back on now?');
      await say(p, SELF, 'yes they are working again', 'Yes, they are working again.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'I will turn captions off for a moment.' },
      { speaker: 'Chloé Martin', role: 'patient', text: 'Are they back on now?' },
      { speaker: SELF, role: 'clinician', text: 'Yes, they are working again.' },
    ],
  },
  {
    name: 'caption window resized: the list re-renders its items as new nodes, then continues',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'how is the new diet going', 'How is the new diet going?');
      await say(p, 'Noah Fischer', 'better than i expected', 'Better than I expected.');
      await p.sleep(300);
      const inner = q(list(p), ':scope > .fui-Flex');
      inner.replaceChildren();
      item(p, SELF, 'How is the new diet going?');
      item(p, 'Noah Fischer', 'Better than I expected.');
      await p.sleep(500);
      await say(p, SELF, 'any cravings at night', 'Any cravings at night?');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'How is the new diet going?' },
      { speaker: 'Noah Fischer', role: 'patient', text: 'Better than I expected.' },
      { speaker: SELF, role: 'clinician', text: 'Any cravings at night?' },
    ],
  },
  {
    name: 'overlapping speakers: an item is still refined after the next speaker’s item appears',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      const a = await say(p, 'Ivy Chen', 'i get short of breath on the stairs');
      const b = item(p, SELF, 'how');
      await p.sleep(80);
      a.data = 'I get short of breath on the stairs.';
      await grow(p, b, 'how many flights', 'How many flights?', 80, 1);
      await say(p, 'Ivy Chen', 'just one flight', 'Just one flight.');
    },
    leave,
    expected: [
      { speaker: 'Ivy Chen', role: 'patient', text: 'I get short of breath on the stairs.' },
      { speaker: SELF, role: 'clinician', text: 'How many flights?' },
      { speaker: 'Ivy Chen', role: 'patient', text: 'Just one flight.' },
    ],
  },
  {
    name: 'a long caption is replaced wholesale in the same item (text shrinks by far more than 50 chars)',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'tell me about the last episode', 'Tell me about the last episode.');
      const t = await say(
        p,
        'Olivia Grant',
        'it happened on sunday after lunch i felt my heart pounding and my hands went numb for about ten minutes',
        'It happened on Sunday after lunch. I felt my heart pounding and my hands went numb for about ten minutes.',
        'host',
        50,
      );
      await p.sleep(200);
      t.data = 'then';
      await p.sleep(80);
      await grow(p, t, 'then it passed on its own', 'Then it passed on its own.', 80, 1);
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Tell me about the last episode.' },
      {
        speaker: 'Olivia Grant',
        role: 'patient',
        text: 'It happened on Sunday after lunch. I felt my heart pounding and my hands went numb for about ten minutes. Then it passed on its own.',
      },
    ],
  },
  {
    name: 'right-to-left: Arabic author and caption text (dir="auto")',
    url: 'https://teams.cloud.microsoft/v2/',
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'how are you feeling today', 'How are you feeling today?');
      await say(p, 'يوسف الحداد', 'أشعر بتعب شديد منذ أمس', 'أشعر بتعب شديد منذ أمس.');
      await say(p, SELF, 'did you eat anything unusual', 'Did you eat anything unusual?');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'How are you feeling today?' },
      { speaker: 'يوسف الحداد', role: 'patient', text: 'أشعر بتعب شديد منذ أمس.' },
      { speaker: SELF, role: 'clinician', text: 'Did you eat anything unusual?' },
    ],
  },
  {
    name: 'three speakers: clinician, patient and interpreter with non-Latin and accented names',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'please ask her when the pain started', 'Please ask her when the pain started.');
      await say(p, 'Zoë Müller', 'she asks when the pain started', 'She asks when the pain started.');
      await say(p, '李娜', '上个星期一开始疼的', '上个星期一开始疼的。');
      await say(p, 'Zoë Müller', 'it started last monday', 'It started last Monday.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Please ask her when the pain started.' },
      { speaker: 'Zoë Müller', text: 'She asks when the pain started.' },
      { speaker: '李娜', text: '上个星期一开始疼的。' },
      { speaker: 'Zoë Müller', text: 'It started last Monday.' },
    ],
  },
  {
    name: 'spoken language switched mid-call: later items arrive in Spanish',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'i will switch the captions to spanish', 'I will switch the captions to Spanish.');
      await p.sleep(300);
      await say(p, 'Mateo Ruiz', 'gracias doctora me siento mejor', 'Gracias, doctora. Me siento mejor.');
      await say(p, SELF, 'me alegra mucho', 'Me alegra mucho.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'I will switch the captions to Spanish.' },
      { speaker: 'Mateo Ruiz', role: 'patient', text: 'Gracias, doctora. Me siento mejor.' },
      { speaker: SELF, role: 'clinician', text: 'Me alegra mucho.' },
    ],
  },
  {
    name: 'long monologue grows in one item over many words',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, 'Ella Novak', 'can i explain what happened', 'Can I explain what happened?');
      await say(
        p,
        SELF,
        'of course so what i would like to do today is go through each of your medications one at a time and check the dose the time you take it and whether you have noticed any side effects since we last spoke',
        'Of course. So what I would like to do today is go through each of your medications one at a time, and check the dose, the time you take it, and whether you have noticed any side effects since we last spoke.',
        'host',
        30,
      );
    },
    leave,
    expected: [
      { speaker: 'Ella Novak', role: 'patient', text: 'Can I explain what happened?' },
      {
        speaker: SELF,
        role: 'clinician',
        text: 'Of course. So what I would like to do today is go through each of your medications one at a time, and check the dose, the time you take it, and whether you have noticed any side effects since we last spoke.',
      },
    ],
  },
  {
    name: 'a React re-render replaces the caption span’s text node instead of editing it',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      const t = item(p, 'Omar Haddad', 'the');
      const span = t.parentElement!;
      for (const s of ['the cough', 'the cough is', 'the cough is worse', 'The cough is worse at night.']) {
        await p.sleep(80);
        span.textContent = s;
      }
      await p.sleep(80);
      await say(p, SELF, 'do you use extra pillows', 'Do you use extra pillows?');
    },
    leave,
    expected: [
      { speaker: 'Omar Haddad', role: 'patient', text: 'The cough is worse at night.' },
      { speaker: SELF, role: 'clinician', text: 'Do you use extra pillows?' },
    ],
  },
  {
    name: 'Feb 2024 layout: closed-captions-renderer with Northstar .ui-chat__item items',
    url: URL,
    selfNames: [SELF],
    body: `<button id="hangup-button">Leave</button><div data-tid="closed-captions-renderer"><div class="ui-chat"></div></div>`,
    async play(p) {
      const chat = q(p.doc, '.ui-chat');
      const sayOld = async (name: string, words: string, final: string) => {
        const it = el(p.doc, `<div class="ui-chat__item"><div class="ui-chat__message"><div class="ui-chat__message__author"></div><div class="fui-Flex"><span class="fui-StyledText"></span></div></div></div>`);
        q(it, '.ui-chat__message__author').textContent = name;
        const t = p.doc.createTextNode(words.split(' ')[0]!);
        q(it, '.fui-StyledText').appendChild(t);
        chat.appendChild(it);
        await p.sleep(80);
        await grow(p, t, words, final, 80, 1);
      };
      await sayOld(SELF, 'how is the new job', 'How is the new job?');
      await sayOld('Felix Wagner', 'stressful but good', 'Stressful, but good.');
    },
    leave(p) {
      p.doc.querySelector('#hangup-button')?.remove();
    },
    expected: [
      { speaker: SELF, role: 'clinician', text: 'How is the new job?' },
      { speaker: 'Felix Wagner', role: 'patient', text: 'Stressful, but good.' },
    ],
  },
  {
    name: 'a long caption is replaced right after its last words arrive (reads lag the page)',
    url: URL,
    selfNames: [SELF],
    body: body(),
    productTiming: true,
    async play(p) {
      await say(p, SELF, 'what happened at the pharmacy', 'What happened at the pharmacy?');
      const t = await say(p, 'Grace Lin', 'they told me the prescription had expired and that i needed a new one from you before they could refill it', undefined, 'host', 40);
      t.data = 'so';
      await p.sleep(40);
      await grow(p, t, 'so I went home without it', undefined, 40, 1);
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'What happened at the pharmacy?' },
      {
        speaker: 'Grace Lin',
        role: 'patient',
        text: 'they told me the prescription had expired and that i needed a new one from you before they could refill it so I went home without it',
      },
    ],
  },
];
