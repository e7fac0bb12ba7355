// JIT warm-up of the classify path, run once after the model loads, before the call's lines arrive.
//
// Why: V8 optimises featurize, the text analysis, language detection and onnxruntime's JS glue only
// after many calls, and the optimising compiler's work lands inside the first ~1,500
// classifications as stalls of 4-9 ms (bench/README.md "Classify tail, round 4": Node, the same
// 3,000 lines after 300 / 1,000 / 1,735 warm-up calls: p99 4.3 / 0.86 / 0.32 ms; with --no-opt the
// stalls vanish). A 60-minute call has about 900 lines in all, so without this the whole call
// would run on half-compiled code. Lines here are written for this file: no caption text is used.
//
// Pure: the inputs and the batching loop; classifier-host.ts wires it to the real classifier.

/**
 * How much: in Chromium's offscreen document the classify p99 fell from 1.1 to 0.6 ms once ~1,500
 * calls had run (bench/README.md "Classify tail, round 4"); 1,200 here plus the first real lines.
 * About 0.3-0.5 s of CPU, once per document, 10 calls per event-loop turn so real requests go first.
 */
export const WARM_UP = { calls: 1200, batch: 10 } as const;

/** Clinician lines of every shape the featurizer tells apart (questions, reflections, advice, plans; English and Spanish). */
const CLINICIAN = [
  'so what brings you in today?',
  'it sounds like the last few weeks have been really hard on you.',
  'you feel like nobody at work is listening to you.',
  'I am so sorry to hear that, that must be awful.',
  'you should really cut down on the salt, it raises your blood pressure.',
  'what would you like to be different by the end of the month?',
  'so you want to get back to walking the dog every morning.',
  'shall we agree that you try the new dose for two weeks and we check in then?',
  'how has your sleep been since we last spoke?',
  'okay. mm-hmm. right.',
  'you\'re worried the tablets are making you tired, and you still want to keep working.',
  'the guidelines say adults need about a hundred and fifty minutes of activity a week.',
  'can you tell me a bit more about what happens when the pain starts?',
  'let\'s write down two things you can do before our next appointment.',
  'what matters most to you about this?',
  'on the one hand you want to stop, and on the other hand it helps you relax.',
  'I think the main thing is to take it with food, twice a day, every day.',
  'do you have any questions about the plan?',
  'it\'s been a long road for you and your family.',
  'so, uh, you\'re saying the, the mornings are the worst part?',
  'poor thing, I really feel for you.',
  'we\'ll start with the blood test and then decide together on the next step.',
  'how confident do you feel, from one to ten, that you can do that?',
  'you\'ve already cut down from twenty a day to five, that\'s a real change.',
  '¿qué le gustaría conseguir en estas semanas?',
  'parece que se siente muy solo desde que se mudó.',
  'o sea que lo que más le preocupa es no poder trabajar.',
  'debería tomar la pastilla todas las mañanas con el desayuno.',
  '¿cómo ha dormido esta semana?',
  'lo siento mucho, qué pena me da.',
  'entonces quedamos en que camina veinte minutos después de comer, ¿le parece?',
  'usted quiere volver a jugar con sus nietos sin cansarse.',
  '¿qué cree que le ayudaría más ahora mismo?',
  'vamos a revisar los análisis y luego decidimos juntos.',
  'la tensión alta daña los riñones con los años, por eso es importante.',
  'mm. vale. ya veo.',
  'hi, can you hear me okay? how are you doing today?',
  'I feel we\'ve covered a lot, so to recap: you said the nights are the hardest, and the walks help as well.',
  'I can\'t imagine how frightening that was. what I\'m hearing is that you want more support.',
  'is it okay if we look at your medication list? I\'ll send the letter to your pharmacy.',
  'if you notice the swelling again, call the clinic the same day.',
  'debe ser muy duro cuidar de su madre, no me imagino lo cansada que está.',
  '¿estaría dispuesto a probar una semana sin café por la tarde? ¿me oye bien?',
  '¿le parece bien si le hago unas preguntas sobre su familia?',
] as const;

/** Patient turns to pair them with: the context features (overlap, shifted bigrams, feelings). */
const PATIENT = [
  '',
  'I just feel like I can\'t keep up at work anymore and nobody listens to me.',
  'my back has been killing me since I started the new job.',
  'honestly I don\'t see the point of the diet, I\'ve tried it before.',
  'I want to be able to walk the dog again without stopping.',
  'the tablets make me so tired in the mornings.',
  'I\'m scared it will come back, you know?',
  'yeah.',
  'me siento muy sola desde que mis hijos se fueron.',
  'no puedo dormir, me despierto a las cuatro y ya no me duermo.',
  'quiero volver a trabajar pero me da miedo.',
  'sí, claro, lo intento pero se me olvida.',
] as const;

export interface WarmUpInput { text: string; context: string }

/**
 * `n` distinct-enough inputs, deterministic: every clinician line meets every patient turn, and
 * every other input joins two lines so long lines are compiled for too (featurize is linear in
 * length, and a long line takes branches a short one never does).
 */
export function warmUpInputs(n: number): WarmUpInput[] {
  const out: WarmUpInput[] = [];
  const nc = CLINICIAN.length, np = PATIENT.length;
  for (let i = 0; i < n; i++) {
    const round = Math.floor(i / nc);
    const a = CLINICIAN[i % nc]!;
    const context = PATIENT[(i + round) % np]!;
    const text = i % 2 === 1 ? `${a} ${CLINICIAN[(i + 1 + round * 5) % nc]!}` : a;
    out.push({ text, context });
  }
  return out;
}

export interface WarmUpOptions {
  /** Calls per turn of the event loop: a real request waits for at most one batch. */
  batch: number;
  /** Gives the event loop a turn (a real request's message is handled in it). */
  yieldTurn: () => Promise<void>;
  /** True while a real request is queued or running: warm-up waits a turn instead of competing. */
  busy: () => boolean;
}

export interface WarmUpResult { calls: number; ms: number; stopped?: string }

/**
 * Runs `classify` on every input, `batch` at a time, yielding between batches and whenever a real
 * request is in flight. Never throws: a failing call (a disposed session, say) stops the warm-up
 * and is reported in `stopped`; the real requests see the same failure themselves.
 */
export async function runWarmUp(
  inputs: readonly WarmUpInput[],
  classify: (text: string, context: string) => Promise<unknown>,
  o: WarmUpOptions,
  now: () => number = () => performance.now(),
): Promise<WarmUpResult> {
  const t0 = now();
  let calls = 0;
  while (calls < inputs.length) {
    await o.yieldTurn();
    if (o.busy()) continue;
    const end = Math.min(inputs.length, calls + Math.max(1, o.batch));
    try {
      for (; calls < end; calls++) await classify(inputs[calls]!.text, inputs[calls]!.context);
    } catch (e) {
      return { calls, ms: now() - t0, stopped: e instanceof Error ? e.message : String(e) };
    }
  }
  return { calls, ms: now() - t0 };
}

/** A turn of the event loop that hidden documents do not throttle (timers there can be held to 1 Hz). */
export function messageChannelTurn(): () => Promise<void> {
  const ch = new MessageChannel();
  const waiting: Array<() => void> = [];
  ch.port1.onmessage = () => waiting.shift()?.();
  return () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    ch.port2.postMessage(0);
  });
}
