// Replies that complete the clinician's question (issue 14): the question names what the reply
// leaves out. Pure, normalize()d text, read by the rules stage (detect.ts) like context-followup.ts.
// - "What did you mean when you said he'd regret it?" answered "that I'm going to kill him": said
//   alone, "I'm going to kill him" is usually hyperbole (no rule reads it bare); restated when asked
//   what it meant, it is the meaning.
// - "What goes through your mind on the bridge?" answered "wanting to jump": the place is in the
//   question, the urge in the reply.
import type { RiskCategory } from './types';

interface Completion {
  category: RiskCategory;
  rule: string;
  question: RegExp;
  reply: RegExp;
}

// Said right before the verb, it denies it: "no, i am not going to kill him", "no lo voy a matar".
const NOT = String.raw`(?:not|never|no|nunca|jamas|ni|nor)`;
// Killing a person, the plain forms the statement rules leave to hyperbole.
const KILL_PERSON = String.raw`(?:going to|gonna|will|i would|want to|wanted to|about to) (?:kill|murder|stab|shoot|strangle) (?:him|her|them|that (?:man|woman|guy)|the (?:man|woman|guy))\b|\b(?:lo|la|los|las) (?:voy a|iba a|quiero|queria|pienso|voy a ir a) matar\b|\b(?:voy a|iba a|quiero|queria|pienso) matarl[oa]s?\b`;
// A jump or a fall told as an urge or a thought, not "jump on the train" or "tirarme en la cama".
const JUMP_URGE = String.raw`(?:want|wanted|wanting|urge|urges|feel like|felt like|thinking (?:of|about)|thought (?:of|about)|tempted|ganas de|pienso en|pensando en|pense en|quisiera|quiero|queria|se me ocurre|me dan ganas de|me entran ganas de)\b(?: [a-z]+){0,5}? (?:to )?(?:jump|jumping|throw myself|throwing myself|step off|stepping off|let go|letting go|tirarme|aventarme|lanzarme|arrojarme|saltar|echarme|dejarme caer|soltarme)\b(?! (?:on|onto|in|into|at|over|up|out of bed|a la cama|en la cama|al sofa|en el sofa|a la piscina|a la alberca|al agua|a dormir|en paracaidas|con paracaidas)\b)`;

const COMPLETIONS: Completion[] = [
  {
    category: 'harm-others',
    rule: 'ctx-restated-threat',
    question: /\bwhat (?:did|do) you mean\b|\bwhat (?:were|are) you (?:going|planning|thinking of doing) to do\b|\bque (?:quiso|quisiste|quiere|quieres|queria|querias) decir\b|\ba que (?:se refiere|te refieres|se referia|te referias)\b/,
    reply: new RegExp(String.raw`(?<!\b${NOT} )\b(?:${KILL_PERSON})`),
  },
  {
    category: 'suicidal',
    rule: 'ctx-place-jump',
    question: /\b(?:bridge|balcony|roof|rooftop|ledge|cliff|railway|train tracks|the tracks|platform|overpass|flyover|car park roof|top floor|puente|balcon|azotea|terraza|cornisa|acantilado|barranco|vias del tren|las vias|anden|paso elevado|ultimo piso)\b/,
    reply: new RegExp(String.raw`(?<!\b${NOT} )\b${JUMP_URGE}`),
  },
];

/** The category the reply completes from the question, or null. Both arguments normalize()d. */
export function completesQuestion(replyNorm: string, contextNorm: string): { category: RiskCategory; rule: string } | null {
  for (const c of COMPLETIONS) if (c.question.test(contextNorm) && c.reply.test(replyNorm)) return { category: c.category, rule: c.rule };
  return null;
}
