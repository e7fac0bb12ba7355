// A keyword / regular-expression baseline over the same seven labels, for comparison only (the
// model card reports it next to the model). Rules are checked in the codebook's priority order
// (task_agreement > goal_setting > empathic_reflection > sympathy > lecture > question > other).
import { normalise } from './text-analysis';
import type { Label } from './labels';

const RULES: Array<[Label, RegExp]> = [
  ['task_agreement', /\b(let's|we'll|i'll (send|book|refer|arrange|call|see|check|adjust|write)|can we agree|would you be willing|are you willing|follow[- ]?up|book (you|a|an)|next (appointment|visit|session)|see you (in|next)|in (two|three|a couple of|a few|0) weeks?|keep a (diary|log)|what('s| is) one (small )?thing|could you try|you'll (try|keep|start|come|call|book))\b/],
  ['goal_setting', /\b(goal|goals|what would you like|what do you want|what matters|most important to you|hoping (to|for)|get out of (today|this)|what would (be|make) .*different|where would you like|success look|the aim is)\b/],
  ['empathic_reflection', /\b(it sounds like|sounds like you|you('re| are) (feeling|worried|frustrated|scared|tired|exhausted|struggling|overwhelmed|anxious)|you feel|you've been (carrying|dealing|struggling|feeling)|that must (be|have been)|must be (hard|difficult|tough|frustrating|exhausting|scary)|on (the )?one hand|part of you|what i'm hearing)\b/],
  ['sympathy', /\b(sorry|poor thing|you poor|i feel (so )?(bad|terrible|awful)|can't imagine|cannot imagine|bless|that's (awful|terrible|horrible|dreadful)|how awful|how terrible|oh no)\b/],
  ['lecture', /\b(you (should|need to|have to|must|ought to)|make sure|it's important|is important|i (recommend|advise|would recommend|suggest)|try to|avoid|the (test|results?|scan|x-?ray|blood)|your (levels?|results?|blood pressure) (is|are|was|were)|can cause|causes|increases|reduces|raises|helps|because)\b/],
  ['question', /\?|^(so |and |okay |ok |um |uh |right )*(what|when|where|who|why|how|which|do|does|did|are|is|was|were|have|has|had|can|could|would|will|any)\b/],
];

export function baselineLabel(text: string): Label {
  const s = normalise(text);
  for (const [label, re] of RULES) {
    // Questions about the call itself and social openers are `other` (codebook).
    if (label === 'question' && /\bcan you (hear|see) me\b|how was your (weekend|day)/.test(s)) continue;
    if (re.test(s)) return label;
  }
  return 'other'; // greetings, acknowledgements, call logistics, affirmations
}
