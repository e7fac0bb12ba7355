// A question about the patient's medicines, food or money, answered with the risk (issue 14):
// the medicine kept back for an end ("las tengo escondidas, son mi plan b", "i've been keeping them
// for something", "los estoy juntando para el final") or withheld by someone close ("my son keeps most
// of them for himself", "she locked it in her room again", "only when she remembers, or when i
// behave"). The question names no risk (a refill, a missed dose, who manages the pills, whether the
// patient eats), so neither the screening questions nor the follow-ups read it. Session 29, from the
// kinds of misses on the spent v38 (risk inside illness, pain and medicines). Rules stage only; pure,
// over normalize()d text.
import type { RiskCategory } from './types';

const ASKS_MEDICINE = /\b(?:pills?|tablets?|meds|medications?|medicines?|medicamentos?|medicinas?|pastillas|insulina?|patch(?:es)?|parches?|oxycodone|oxy|morphine|morfina|opioids?|tramadol|quetiapin[ae]|\w+pam|\w+lam|inhalers?|inhalador|puffer|nebuli[sz]er|oxygen|oxigeno|refills?|prescriptions?|receta|dose|dosis|the pharmacy|la farmacia)\b/;
const ASKS_FOOD_OR_MONEY = /\b(?:enough to eat|eating (?:well|enough|properly)|comiendo (?:bien|suficiente)|comida|meals?|dinner|cena|food|money|dinero|plata|pension|bank card|tarjeta(?: del banco)?|cuenta del banco|benefits?)\b/;

// Kept back for an end: hidden, a "plan b", saved "for something", "for when i decide", "para el final".
const KEPT_FOR_END = /\b(?:(?:keeping|saving|stockpiling|hoarding|collecting|hiding|putting) (?:them|it|some|those|these)(?: up| aside| away)? for (?:something|later|the end|when i decide|when the time comes|one day)|for when i decide|my plan b|mi plan b|son mi plan b|(?:los|las|lo|la) (?:estoy|estaba|voy) (?:juntando|guardando|ahorrando|acumulando) (?:para (?:el final|cuando|algo|despues|un dia)|toda|todo|todas|todos)|(?:estoy|estaba) (?:juntando|guardando|acumulando) (?:toda|todo|todas|todos)|juntando (?:para|pa) el final|(?:las|los) tengo escondid[oa]s|keeping (?:them|it) hidden|i have been keeping them for)\b/;
// Withheld by someone: kept for himself, locked away, disappearing, given "when she remembers".
const WITHHELD = /\b(?:keeps|kept|takes|took|sells|sold) (?:most|half|some|all|a lot) of (?:them|it) for (?:himself|herself|themselves)|\b(?:la|lo|las|los) (?:mitad|mayoria)? ?desaparece[n]?\b|\bla mitad desaparece\b|\bno me (?:la|lo|las|los) quiere (?:dar|devolver)\b|\b(?:only )?when (?:she|he|they) (?:remembers?|feels? like it|lets me|decides?)\b|\bwhen i behave\b|\bcuando (?:ella|el) quiere darme\b|\bcuando me porto bien\b/;
// Not "no dinner" or "me quedo sin comer" alone: nausea, fasting and a test the next morning say it too.
// Locked away or hidden, to a question why a dose was missed ("she locked it in her room again", "me la
// guardaron bajo llave"): to "who keeps your pills?" a lock is often good care, so not there.
const ASKS_MISSED = /\b(?:miss|missed|skip|skipped|did not (?:take|use|have)|no se (?:puso|tomo|aplico)|por que no se (?:puso|tomo|aplico))\b/;
const LOCKED_AWAY = /\b(?:locked|locks|hid|hides|hidden|took|takes) (?:it|them) (?:in|away|from me)\b|\bme (?:la|lo|las|los) (?:guardaron|guardan|guarda|guardo|esconde|esconden|escondio|quita|quitan|quito)(?: bajo llave)?\b/;
// Not a carer's good care ("my son keeps them in a box for me", "she locks them away so i don't mix
// them up").
const CARE = /\b(?:for me|so i do not|so i don't|para que no me (?:confunda|equivoque)|pill (?:box|organi[sz]er)|pastillero|dosette)\b/;

/** The category a reply about medicines, food or money tells (suicidal: kept for an end; abuse: withheld), or null. */
export function medicineReply(replyNorm: string, questionNorm: string): RiskCategory | null {
  const meds = ASKS_MEDICINE.test(questionNorm);
  if (!meds && !ASKS_FOOD_OR_MONEY.test(questionNorm)) return null;
  if (meds && KEPT_FOR_END.test(replyNorm)) return 'suicidal';
  return (WITHHELD.test(replyNorm) || (ASKS_MISSED.test(questionNorm) && LOCKED_AWAY.test(replyNorm))) && !CARE.test(replyNorm) ? 'abuse' : null;
}
