// Suicidal risk told inside grief (issue 14), English and Spanish, over normalize()d, masked text.
// Session 30, from the kinds of misses on the spent v41 (grief, loss and anniversaries), never a
// copy of a line. rules-loss.ts reads a reunion with the dead in the words of going to them; these
// read the ground beside them preferred to life, eating stopped to reach them sooner, a relative's
// suicide taken as one's turn, belongings given away as no longer needed, an opioid of the dead kept
// "just in case". Grief is full of the dead and of the grave, so each needs the wish, the turn or the
// keeping with it, never "i talk to her at the grave". `late`: the learned stage was trained without them.
import type { Rule } from './rules-en';

export const RULES_GRIEF: Rule[] = [
  // The ground beside the dead preferred to life; staying "down there" with them; one step from them.
  { id: 'ls-ground-beside', category: 'suicidal', late: true, re: /\b(?:rather|sooner) be (?:in the ground|buried|six feet under|under the ground)\b|\bprefiero estar (?:bajo tierra|enterrad[oa]|muert[oa])\b|\b(?:stay|be|lie|lay) down there with (?:him|her|them)\b|\bquedar(?:me)? (?:alla |ahi |alli )?abajo con (?:el|ella|ellos)\b|\bone step and i (?:am|would be|will be|will|would)? ?(?:with|gone|done)\b|\bun paso y (?:ya )?(?:estoy|estaria|me voy) con\b/ },
  // Not eating in order to join the dead sooner.
  { id: 'ls-waste-away', category: 'suicidal', late: true, re: /\b(?:waste away|stop eating|stopped eating|not eating|barely eating|starve|starving myself)\b[^.?!]{0,40}?\b(?:get to (?:them|him|her)|(?:be|go) with (?:them|him|her)|die|join (?:them|him|her)) (?:quicker|faster|sooner)\b|\b(?:no como|casi no como|dejo de comer|deje de comer)\b[^.?!]{0,30}?\b(?:me voy|me muero|llego|me reuno) mas (?:rapido|pronto)\b/ },
  // Telling god or the heart to take the patient or stop.
  { id: 'ls-tell-take-me', category: 'suicidal', late: true, re: /\b(?:telling|tell|told|begging|beg|pray(?:ing)? for) (?:god|the lord|him|jesus) to (?:just )?take me\b|\ble pido (?:al corazon|a mi corazon) que se (?:pare|detenga)\b/ },
  // Soon with the dead, said as meant ("ya pronto estoy contigo, y no es un decir").
  { id: 'ls-soon-with-you', category: 'suicidal', late: true, re: /\b(?:ya )?pronto (?:estoy|estare|voy a estar) contigo\b(?=[^?]{0,40}\b(?:no es un decir|lo digo en serio|de verdad|literal)\b)|\bi will be with you soon\b(?=[^?]{0,40}\b(?:i mean it|literally|for real|not a figure of speech)\b)/ },
  // A relative's suicide taken as one's turn ("ya viene octubre y siento que me toca a mí"); "i should
  // have been driving, and i keep working out how to set that right".
  { id: 'ls-my-turn', category: 'suicidal', late: true, re: /\b(?:se (?:mato|suicido|ahorco|quito la vida)|did it|killed (?:himself|herself))\b[^?]{0,80}?\b(?:siento que me toca a mi|me toca a mi|sigo yo|i am next|it is my turn|it runs in us|runs in the family)\b|\b(?:should have been (?:me|driving|there)|tenia que (?:ser yo|ir yo|ir manejando))\b[^.?!]{0,60}?\b(?:set (?:that|it) right|fix (?:that|it)|make (?:that|it) right|arreglar (?:eso|lo)|como arreglarlo|emparejar)\b/ },
  // Things given away with no further need for them ("repartiendo las plantas, total ya pa qué las quiero").
  { id: 'ls-give-away-no-need', category: 'suicidal', late: true, re: /\b(?:repartiendo|regalando|reparti|regale|giving away|gave away|handing out|handed out)\b[^.?!]{0,60}?\b(?:(?:ya )?(?:pa|para) que (?:las|los|lo|la) quiero|no me (?:va|van) a hacer falta|i (?:will not|won't) (?:be )?need(?:ing)? (?:it|them|any of it)|where i am going)\b/ },
  // An opioid kept "just in case".
  { id: 'ls-opioid-in-case', category: 'suicidal', late: true, re: /\b(?:morfina|morphine|fentanyl|fentanilo|oxycodone|oxicodona|metadona|methadone|oxy)\b[^.?!]{0,70}?\b(?:por si acaso|just in case|por si las dudas)\b/ },
];
