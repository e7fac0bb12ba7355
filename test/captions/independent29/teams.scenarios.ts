// Round 29, Microsoft Teams: multi-party telehealth visits (interpreter, family member joining,
// drop-and-rejoin, supervisor drop-in, screen sharing).
//
// Written blind from /work/shared/research/caption-platforms.md only. Sections used:
//   §1   Cross-platform summary (Teams row: one list item per utterance, name in [data-tid=author],
//        text refined in place, own display name for the local user)
//   §4.1 URL patterns and in-call markers (hangup buttons by data-tid / #hangup-button)
//   §4.2 Turning captions on ([data-tid="closed-caption-renderer-wrapper"] appears while captions are on)
//   §4.3 Container and item selectors (TMS-FIX host item outline; VEXA host vs. guest DOM; data-tid
//        atoms are the stable anchors; class hashes rotate)
//   §4.4 How the text changes (characterData growth then re-punctuation; one item per utterance and
//        consecutive items of one speaker; a new tail item finalizes the previous one, which never
//        changes again; virtualised list with limited retention)
//   §4.5 Local user and language (own display name, not "You"; dir="auto" on author/text spans)
//   §8   Strategies (data-tid atoms; self-name resolution by display name), §9 fixture checklist
//        (captions off → on gives a new root; host vs. guest), §10 gaps (retention count unverified).
//
// Common assumptions (the research is silent on these):
// - Every caption item gets its own fresh subtree appended at the tail of the list; in the host view
//   the three nested fui-Flex wrappers of the TMS-FIX outline wrap one item each.
// - Guest view: VEXA gives only "wrapper > virtual-list-content > (div) > author + text"; we keep the
//   same renderer/window wrappers as the host view and build each item as
//   div > [div > span[data-tid=author]] + [div.fui-Flex > span[data-tid=closed-caption-text]].
// - Joins, leaves, drops and rejoins of participants change nothing inside the caption tree (no
//   system line is rendered as a caption); only the items the person speaks appear.
// - Leaving the call removes the hangup control and the whole caption renderer wrapper.
// - Roles: only the local user (selfNames) is asserted as clinician. The research gives no rule that
//   makes the role of any other participant (patient, interpreter, family member, supervisor)
//   unambiguous in Teams, so no role is asserted for them.
// - Teams re-punctuates and re-cases in place (§4.4), so scenarios compare `loose`.
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

type View = 'host' | 'guest';

/** One caption item spoken by `who`. `say` is the final (re-punctuated) text Teams settles on. */
interface Say {
  who: string;
  say: string;
  /** The un-punctuated growth text, when it differs from the default (e.g. a re-spelled last word). */
  rough?: string;
  /** The speaker was cut off: the item keeps growing text only, no final re-punctuation. */
  cut?: boolean;
  /** Quiet time after the item (ms). */
  after?: number;
}
interface Act {
  act: (p: Page, cc: Captions) => void | Promise<void>;
}
type Step = Say | Act;

const WRAPPER = `
<div data-tid="closed-caption-renderer-wrapper" class="fui-Flex ___1ccp5kb f22iagw">
  <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___m2lr6b0">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___10u9c3e">
    </div>
  </div>
</div>`;

const HOST_ITEM = `
<div class="fui-Flex ___1n4rvs4"><div class="fui-Flex ___w7zxzf"><div class="fui-Flex ___9zy5nt">
  <div class="fui-ChatMessageCompact ___13qh94s">
    <div></div>
    <div class="fui-ChatMessageCompact__avatar">
      <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
        <span role="presentation" class="fui-Avatar ___1a4rv0e"><img class="fui-Avatar__image" aria-hidden="true" alt="" src=""></span>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
      <div>
        <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText"></span></span></div>
        <div class="fui-Flex ___k2yb0c"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
  </div>
</div></div></div>`;

const GUEST_ITEM = `
<div class="fui-Flex ___7x2ycq">
  <div><span dir="auto" data-tid="author" class="fui-StyledText"></span></div>
  <div class="fui-Flex ___k2yb0c"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>
</div>`;

/** The live caption area of one call page. */
class Captions {
  private list: HTMLElement | null = null;
  private readonly avatars = new Map<string, string>();

  constructor(
    private readonly p: Page,
    private readonly view: View,
    /** How many items the virtualised list keeps before dropping the oldest. */
    private readonly cap = 50,
    private readonly step = 90,
  ) {}

  /** Captions turned on: the renderer wrapper appears (a new node every time). */
  on(): void {
    const w = el(this.p.doc, WRAPPER);
    q(this.p.doc, '#call-stage').appendChild(w);
    const content = q(w, '[data-tid="closed-caption-v2-virtual-list-content"]');
    if (this.view === 'host') {
      const inner = el(this.p.doc, '<div class="fui-Flex ___1d0bfz6"></div>');
      content.appendChild(inner);
      this.list = inner;
    } else {
      this.list = content;
    }
  }

  /** Captions turned off: the renderer wrapper is removed entirely. */
  off(): void {
    this.p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
    this.list = null;
  }

  /** Sets (or changes, e.g. after a rejoin) the avatar image a speaker's items carry. */
  avatar(name: string, src: string): void {
    this.avatars.set(name, src);
  }

  private item(who: string, first: string): Text {
    if (!this.list) throw new Error('scenario bug: captions are off');
    const it = el(this.p.doc, this.view === 'host' ? HOST_ITEM : GUEST_ITEM);
    q(it, '[data-tid="author"]').textContent = who;
    const img = it.querySelector('img');
    if (img) img.setAttribute('src', this.avatars.get(who) ?? 'https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:00000000-0000-0000-0000-000000000000/profilepicturev2');
    const node = this.p.doc.createTextNode(first);
    q(it, '[data-tid="closed-caption-text"]').appendChild(node);
    this.list.appendChild(it);
    while (this.list.children.length > this.cap) this.list.firstElementChild?.remove();
    return node;
  }

  async say(s: Say): Promise<void> {
    const rough = s.cut ? s.say : (s.rough ?? roughen(s.say));
    const node = this.item(s.who, rough.split(' ')[0] ?? '');
    await this.p.sleep(this.step);
    await grow(this.p, node, rough, s.cut || rough === s.say ? undefined : s.say, this.step, 1);
    await this.p.sleep(s.after ?? 350);
  }
}

/** ASR partial form: no punctuation, first letter lower-case (VEXA: "we should" → "We should ship …."). */
function roughen(final: string): string {
  const bare = final.replace(/[.,?!¿¡;:]/g, '').replace(/\s+/g, ' ').trim();
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

const sayStep = (s: Step): s is Say => 'who' in s;

function expectedOf(steps: Step[], self: string): Expected[] {
  return steps.filter(sayStep).map((s) => (s.who === self ? { speaker: s.who, role: 'clinician' as const, text: s.say } : { speaker: s.who, text: s.say }));
}

const TOOLBAR = (hangup: string) => `
<div id="app">
  <div id="call-stage" class="fui-Flex ___stage"><video aria-label="Participant video"></video></div>
  <div role="toolbar" aria-label="Call controls" class="fui-Flex ___toolbar">
    <button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More actions">More</button>
    ${hangup}
  </div>
</div>`;

function teams(o: {
  name: string;
  url: string;
  self: string;
  view: View;
  hangup: string;
  cap?: number;
  avatars?: Record<string, string>;
  forbidden?: string[];
  steps: Step[];
}): Scenario {
  return {
    name: o.name,
    url: o.url,
    selfNames: [o.self],
    body: TOOLBAR(o.hangup),
    loose: true,
    forbidden: o.forbidden ?? ['Leave', 'More actions'],
    async play(p) {
      const cc = new Captions(p, o.view, o.cap);
      for (const [name, src] of Object.entries(o.avatars ?? {})) cc.avatar(name, src);
      cc.on();
      await p.sleep(300);
      for (const s of o.steps) {
        if (sayStep(s)) await cc.say(s);
        else await s.act(p, cc);
      }
    },
    leave(p) {
      for (const b of p.doc.querySelectorAll('#hangup-button, [data-tid^="hangup-"], [data-tid="anon-hangup-button"]')) b.remove();
      p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
    },
    expected: expectedOf(o.steps, o.self),
  };
}

const orgPic = (id: string) => `https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:${id}/profilepicturev2`;
const visitorPic = (id: string) => `https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:teamsvisitor:${id}/profilepicturev2`;

// ------------------------------------------------------------------------------------------------
// 1. Interpreter-mediated visit. Tests: three speakers alternating through an interpreter, Spanish
//    turns with accented text and a Unicode display name ("Lucía Fernández"), same-speaker turns
//    split over two consecutive items (one utterance per turn after merging), a re-spelled last word
//    fixed in place ("bravo" → "brazo"), and list retention dropping the oldest items mid-call.
//    Assumptions: Teams renders the Spanish speech as Spanish text in the same span (the research
//    warns that a wrong spoken-language setting gives garbage, §4.2; mixed-language captioning is
//    not documented); the retention cap is 15 items (the real count is unverified, §10; the
//    research's plan says 20–50, lowered here so removal happens in a 16-turn visit).
const interpreterSteps: Step[] = [
  { who: 'Dr. Elena Ruiz', say: "Good morning, Mr. Castillo. I'm Dr. Ruiz, and Lucía will interpret for us today." },
  { who: 'Lucía Fernández', say: 'Buenos días, señor Castillo. Soy Lucía, su intérprete.', after: 250 },
  { who: 'Lucía Fernández', say: 'La doctora Ruiz lo va a atender hoy.' },
  { who: 'Jorge Castillo', say: 'Buenos días. Gracias por ayudarme.' },
  { who: 'Lucía Fernández', say: 'Good morning. Thank you for helping me.' },
  { who: 'Dr. Elena Ruiz', say: 'What brings you in today?' },
  { who: 'Lucía Fernández', say: '¿Qué lo trae hoy a la consulta?' },
  { who: 'Jorge Castillo', say: 'Tengo dolor en el pecho cuando camino rápido.', after: 250 },
  { who: 'Jorge Castillo', say: 'Empezó hace tres semanas.' },
  { who: 'Lucía Fernández', say: 'I have chest pain when I walk fast. It started three weeks ago.' },
  { who: 'Dr. Elena Ruiz', say: 'Does the pain go away when you rest, and does it spread to your arm or jaw?' },
  { who: 'Lucía Fernández', say: '¿El dolor se quita cuando descansa? ¿Se le pasa al brazo o a la mandíbula?' },
  {
    who: 'Jorge Castillo',
    rough: 'se quita en unos cinco minutos no se pasa al bravo',
    say: 'Se quita en unos cinco minutos. No se pasa al brazo.',
  },
  { who: 'Lucía Fernández', say: 'It goes away in about five minutes. It does not spread to the arm.' },
  { who: 'Dr. Elena Ruiz', say: 'Thank you. I would like an ECG and a stress test this week.' },
  { who: 'Lucía Fernández', say: 'Gracias. Quiero hacerle un electrocardiograma y una prueba de esfuerzo esta semana.' },
  { who: 'Jorge Castillo', say: 'Está bien, doctora. Muchas gracias.' },
  { who: 'Lucía Fernández', say: 'That is fine, doctor. Thank you very much.' },
];

// ------------------------------------------------------------------------------------------------
// 2. Family member joins mid-call (guest view, captions toggled off and on). Tests: the clinician
//    joined anonymously (guest DOM without items-renderer or avatar, §4.3 VEXA), a daughter with the
//    patient's surname joins mid-call and speaks, a join toast outside the caption tree that must not
//    leak, a same-speaker turn over two items, and captions turned off (wrapper removed) and on again
//    (a new wrapper): what the patient said while captions were off is not expected.
//    Assumptions: the join toast markup is invented (the research does not describe Teams join
//    notifications); the re-added wrapper starts with an empty list (history is not restored).
const familySteps: Step[] = [
  { who: 'Dr. Nadia Okafor', say: 'Hello Mr. Brenner, can you hear me all right?' },
  { who: 'Harold Brenner', say: 'Yes, I can hear you fine, doctor.' },
  { who: 'Dr. Nadia Okafor', say: 'How have you been since we changed the water pill?' },
  { who: 'Harold Brenner', say: 'My ankles are less swollen, but I get dizzy when I stand up.' },
  { who: 'Dr. Nadia Okafor', say: 'How often does the dizziness happen?' },
  { who: 'Harold Brenner', say: 'Most mornings. My daughter is joining now, she keeps track of my pills.' },
  {
    act: async (p) => {
      const toast = el(p.doc, '<div role="status" aria-live="polite" class="fui-Toast ___toast">Susan Brenner has joined the meeting</div>');
      p.doc.body.appendChild(toast);
      await p.sleep(400);
    },
  },
  { who: 'Susan Brenner', say: "Hi, I'm Susan, his daughter. Sorry I'm late." },
  {
    act: (p) => {
      p.doc.querySelector('.fui-Toast')?.remove();
    },
  },
  { who: 'Dr. Nadia Okafor', say: 'Welcome, Susan. Does he take the furosemide in the morning?' },
  { who: 'Susan Brenner', say: 'Yes, forty milligrams at eight, with the lisinopril.', after: 250 },
  { who: 'Susan Brenner', say: 'He also checks his weight every day.' },
  {
    // Captions off; Harold speaks (nothing rendered); captions back on with a new wrapper.
    act: async (p, cc) => {
      cc.off();
      await p.sleep(1500);
      cc.on();
      await p.sleep(300);
    },
  },
  { who: 'Dr. Nadia Okafor', say: 'Sorry, the captions went off for a moment. Harold, could you repeat that?' },
  { who: 'Harold Brenner', say: 'I said my weight was up two pounds on Monday.' },
  { who: 'Dr. Nadia Okafor', say: "Let's lower the lisinopril to half a tablet and check your blood pressure sitting and standing." },
  { who: 'Susan Brenner', say: 'I can write that down for him. Half a tablet starting tomorrow.' },
  { who: 'Dr. Nadia Okafor', say: "Exactly. I'll send the new instructions to the portal today." },
];

// ------------------------------------------------------------------------------------------------
// 3. Patient drops mid-sentence and rejoins under the same name (host view). Tests: the patient's
//    item stops growing mid-sentence when the connection drops (the words shown are kept as they
//    are, no re-punctuation), the visit continues between the clinician and a home-care nurse, and
//    the patient comes back as a new caption item under the same display name but a new avatar src;
//    the new turn is a separate utterance attributed to the same speaker, not merged with the
//    cut-off one and not treated as a new person.
//    Assumptions: a dropped participant's last item stays in the list unchanged; a rejoining guest
//    gets a new visitor id, so its avatar src changes (the research says nothing about rejoins).
const rejoinSteps: Step[] = [
  { who: 'Dr. Samuel Park', say: 'Hi Amara, how is the wound on your foot looking this week?' },
  { who: 'Amara Nwosu', say: "It's smaller, but the edges are still red and a little warm." },
  { who: 'Dr. Samuel Park', say: 'Grace, did you measure it at the home visit yesterday?' },
  { who: 'Grace Mensah', say: 'Yes, it was two by one and a half centimetres, down from three.' },
  { who: 'Amara Nwosu', say: 'and at night the throbbing keeps me', cut: true, after: 1200 },
  { who: 'Dr. Samuel Park', say: "Looks like Amara's connection dropped. Grace, any drainage on the dressing?" },
  { who: 'Grace Mensah', say: 'Just a small amount of clear fluid, no smell.', after: 800 },
  {
    act: (_p, cc) => {
      cc.avatar('Amara Nwosu', visitorPic('b7e41c0d9a2f4e61'));
    },
  },
  { who: 'Amara Nwosu', say: 'Sorry, my internet cut out. I was saying the throbbing keeps me awake at night.' },
  { who: 'Dr. Samuel Park', say: 'No problem. How many hours are you sleeping?' },
  { who: 'Amara Nwosu', say: 'Maybe four hours. I take acetaminophen before bed.', after: 250 },
  { who: 'Amara Nwosu', say: 'It helps a little.' },
  { who: 'Dr. Samuel Park', say: "I'll add a short course of antibiotics and ask Grace to check the wound again on Friday." },
  { who: 'Grace Mensah', say: "Friday works. I'll send photos after the visit." },
  { who: 'Dr. Samuel Park', say: 'Great. Amara, call us if the redness spreads or you get a fever.' },
  { who: 'Amara Nwosu', say: 'I will. Thank you, doctor.' },
];

// ------------------------------------------------------------------------------------------------
// 4. Supervisor drops in for one line while the clinician shares the screen (cloud domain, host
//    view). Tests: the clinician starts screen sharing, a supervising physician joins, says exactly
//    one line (one utterance, own speaker, no clinician role since only selfNames is the clinician)
//    and leaves, a re-spelled last word is fixed in place ("ate" → "eight"), and sharing stops, with
//    captions running throughout; the sharing bar's text must not leak into any utterance.
//    Assumptions (the research says nothing about screen sharing in Teams): sharing adds a
//    presenter bar outside the caption tree and only restyles the caption wrapper (inline height);
//    the caption list is neither re-mounted nor recycled; stopping removes the bar and the style.
const shareSteps: Step[] = [
  { who: 'Dr. Priya Natarajan', say: "Leo, I'm going to share your lab results on screen." },
  {
    act: async (p) => {
      const bar = el(
        p.doc,
        '<div role="toolbar" data-tid="sharing-control-bar" class="fui-Flex ___share"><span class="fui-StyledText">You are presenting</span><button data-tid="stop-sharing-button">Stop presenting</button></div>',
      );
      p.doc.body.insertBefore(bar, p.doc.body.firstChild);
      q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').setAttribute('style', 'height: 20%;');
      await p.sleep(300);
    },
  },
  { who: 'Leo Martins', say: 'Okay, I can see a table with a lot of numbers.' },
  { who: 'Dr. Priya Natarajan', rough: 'your A1C came down from nine point one to seven point ate', say: 'Your A1C came down from nine point one to seven point eight.' },
  { who: 'Leo Martins', say: "That's better than I expected." },
  { who: 'Dr. Priya Natarajan', say: 'Dr. Hale, my supervising physician, is joining us for a moment.' },
  { who: 'Dr. Marcus Hale', say: 'Hi Leo, nice work on the A1C. I agree with the plan Dr. Natarajan is about to explain.', after: 600 },
  { who: 'Dr. Priya Natarajan', say: 'Thanks, Dr. Hale. So the plan is to keep metformin and add a weekly injection.' },
  { who: 'Leo Martins', say: 'Will the injection make me sick to my stomach?' },
  { who: 'Dr. Priya Natarajan', say: 'Some people feel nauseous for the first few weeks. We start with a low dose.' },
  {
    act: async (p) => {
      p.doc.querySelector('[data-tid="sharing-control-bar"]')?.remove();
      q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').removeAttribute('style');
      await p.sleep(200);
    },
  },
  { who: 'Leo Martins', say: 'Okay. Can I still have a beer on the weekend?' },
  { who: 'Dr. Priya Natarajan', say: 'One now and then is fine, but not on an empty stomach.' },
  { who: 'Leo Martins', say: 'Got it. When do I see you next?' },
  { who: 'Dr. Priya Natarajan', say: 'In three months, with new labs the week before.' },
];

export const teamsScenarios: Scenario[] = [
  teams({
    name: 'teams r29: interpreter-mediated visit with Spanish turns and list retention',
    url: 'https://teams.microsoft.com/v2/',
    self: 'Dr. Elena Ruiz',
    view: 'host',
    hangup: '<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>',
    cap: 15,
    avatars: {
      'Dr. Elena Ruiz': orgPic('3f1c2a9e-6b7d-4e21-9c55-0a8e7d4b1f02'),
      'Lucía Fernández': orgPic('8d2e5b10-1a4c-4f7e-a3d9-6c0b2e9f7a13'),
      'Jorge Castillo': visitorPic('5a90c3e1d27b4f88'),
    },
    steps: interpreterSteps,
  }),
  teams({
    name: 'teams r29: family member joins mid-call, guest view, captions off and on',
    url: 'https://teams.live.com/light-meetings/launch',
    self: 'Dr. Nadia Okafor',
    view: 'guest',
    hangup: '<button data-tid="anon-hangup-button" aria-label="Leave">Leave</button>',
    forbidden: ['Leave', 'More actions', 'has joined the meeting'],
    steps: familySteps,
  }),
  teams({
    name: 'teams r29: patient drops mid-sentence and rejoins under the same name',
    url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjY4ZTk0YjQtZDAx%40thread.v2/0',
    self: 'Dr. Samuel Park',
    view: 'host',
    hangup: '<button data-tid="hangup-leave-button" aria-label="Leave">Leave</button>',
    avatars: {
      'Dr. Samuel Park': orgPic('c41d7e2a-90b3-4d6f-8e15-2b7a9c0d3e64'),
      'Amara Nwosu': visitorPic('1e6f0a9b3c5d4728'),
      'Grace Mensah': orgPic('e9a03b7c-25d1-4c8e-b6f4-7d1e0a2c9b35'),
    },
    steps: rejoinSteps,
  }),
  teams({
    name: 'teams r29: supervisor says one line during screen share, sharing stopped, captions continue',
    url: 'https://teams.cloud.microsoft/v2/',
    self: 'Dr. Priya Natarajan',
    view: 'host',
    hangup: '<button data-tid="hangup-button" aria-label="Leave">Leave</button>',
    avatars: {
      'Dr. Priya Natarajan': orgPic('0b7e4c2d-8a1f-4e93-b5c6-3d2a9f1e7c08'),
      'Leo Martins': visitorPic('9c2d7e4f1a0b5c36'),
      'Dr. Marcus Hale': orgPic('7a5f1e3c-4d2b-4c90-8e6a-1f0b9d3c2e57'),
    },
    forbidden: ['Leave', 'More actions', 'You are presenting', 'Stop presenting'],
    steps: shareSteps,
  }),
];
