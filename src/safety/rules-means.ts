// Risk told through its means and its verb forms, English and Spanish (issue 14), over normalize()d,
// masked text: a height or a train to step off or in front of, a car driven off an edge, a gun put
// to one's own head, an overdose taken on purpose, one's own arm bitten or skin pricked until it
// bleeds, poison in another person's food, a weapon taken to a person's head. And the Spanish verb
// forms the older rules' lists lack: the gerund ("sigo queriendo morirme"), the clitic before the
// auxiliary ("me empecé a cortar"), "dispararme". Written in session 27 from the kinds of misses on
// the spent v31 (explicit statements the older rules let through), never a copy of a line; each
// needs the person (myself, my own, a named other) or the means and a purpose, not the topic alone.
// `late`: the learned stage was trained without them (detect.ts scanRules).
import type { Rule } from './rules-en';

const W = String.raw`(?:[a-z0-9']+ )`;
const w = (n: number) => `${W}{0,${n}}?`;

// A wish, a plan or an intention in English, in the first person (the verb before "to jump").
const MEAN_TO = String.raw`(?:want|wanted|wanting|going|gonna|plan|planning|planned|decided|ready|about|tempted|thinking (?:about|of)|think about|thought about|will|i will|i am going to|i am gonna|could|might|should|almost|nearly)`;
// "if i hear that song one more time i'll jump off a bridge": the hyperbole of a condition, as the
// shared masks read it for "i'll kill myself" (masks-en.ts). Placed after the intention word, so
// the look back runs only where one matched.
const NOT_IF = String.raw`(?<!\bif (?:i|we) (?:hear|see|have to|eat|watch|sit|listen|get|do|read|lose)\b[^.?!]{0,80})`;
// Places and vehicles one steps off or in front of.
const HEIGHT = String.raw`(?:roof|rooftop|bridge|overpass|flyover|garage|parking (?:garage|structure|deck|ramp)|car park|building|balcony|cliff|ledge|tower|window|dam|quarry|silo|top floor|the top)`;
const VEHICLE = String.raw`(?:train|trains|freight|subway|tube|metro|bus|buses|truck|trucks|lorry|lorries|traffic|car|cars|one)`;
// Spanish reflexive verbs of self-harm, in their first-person present and past (the older rule
// es-hasta-sangrar lists most of them; these are the ones it lacks).
const ES_PRICK = String.raw`(?:pincho|pinchaba|pinche|punzo|hinco|hincaba|corto|cortaba|raspo|raspaba|rayo|rayaba|quemo|quemaba)`;
// Tools of a blow, for a weapon taken to someone's head.
const BLUNT = String.raw`(?:cane|bat|baseball bat|hammer|stick|pipe|crowbar|machete|knife|shovel|spade|wrench|tire iron|tyre iron|golf club|bottle|brick|axe)`;

export const RULES_MEANS: Rule[] = [
  // ---- suicidal: a height, a train, an edge; a gun to one's head; an overdose on purpose ----
  { id: 'mn-jump-height', category: 'suicidal', late: true, re: new RegExp(String.raw`\b${MEAN_TO}${NOT_IF} (?:to )?(?:(?:jump|jumping|leap|leaping|throw myself|throwing myself|step|stepping|walk|walking) (?:off|from)|(?:jump|jumping|throw myself|throwing myself) out of) ${w(4)}${HEIGHT}\b(?! (?:party|bar|pool|garden|terrace|deck party|when (?:i|we) (?:get|come) to it))`) },
  { id: 'mn-in-front', category: 'suicidal', late: true, re: new RegExp(String.raw`\b${MEAN_TO}${NOT_IF} (?:to )?(?:jump|jumping|step|stepping|walk|walking|throw myself|lie|lying|lay) (?:down )?(?:in front of|into|under|onto) (?:a |an |the |one of the |one of those )?(?:oncoming |next |moving |passing )?${VEHICLE}\b|\b(?:walk|walking|step|stepping) (?:out )?in front of (?:a |the )?(?:train|freight|bus|truck|lorry)\b(?=[^.]{0,40}\b(?:on purpose|want|wanted|end|over|done)\b)`) },
  { id: 'mn-drive-edge', category: 'suicidal', late: true, re: new RegExp(String.raw`\b(?:${MEAN_TO}|just) (?:to )?(?:drive|driving|steer|steering|run|running|put|putting) (?:the|my) (?:car|truck|van|pickup) (?:off|over|into) (?:the )?(?:edge|cliff|quarry|bridge|river|lake|reservoir|pond|swamp|canal|ravine|embankment)\b`) },
  { id: 'mn-gun-own-head', category: 'suicidal', late: true, re: /\b(?:put|putting|puts|held|holding|hold|pressed|pressing) (?:the |a |my |his |dad's |the old )?(?:gun|pistol|revolver|rifle|shotgun|barrel|muzzle|forty five|45|nine|glock|(?:duty |service |issued |work )?(?:weapon|sidearm|firearm|pistol|revolver)) (?:to|against|in|under) my (?:head|temple|mouth|chin|chest)\b|\b(?:arma|pistola|revolver|escopeta|carabina|rifle|fusil|fierro)\b[^.]{0,60}\bme (?:la|lo) (?:puse|pongo|he puesto|ponia|pusiera|meti|meto|apunte|apunto) (?:en|contra|a) (?:la cabeza|la sien|la boca|el pecho|la barbilla)\b|\bme (?:puse|pongo|he puesto|ponia) (?:el|la|mi) (?:arma|pistola|revolver|escopeta|carabina|rifle|cano|fierro|fusil)(?: de [a-z]+| [a-z]+)? (?:en|contra|debajo de|bajo) (?:la cabeza|la sien|la boca|el pecho|la barbilla|el menton)\b/ },
  { id: 'mn-es-shoot-self', category: 'suicidal', late: true, re: /\b(?:dispararme|meterme un tiro|tirarme un tiro|volarme (?:la cabeza|los sesos)|darme un balazo|pegarme un balazo|meterme un balazo|darme un plomazo)\b|(?<!\bse )\bme (?:disparo|dispararia|pego un tiro|meto un tiro|vuelo la cabeza|vuelo los sesos|doy un balazo|pego un balazo)\b/ },
  { id: 'mn-es-want-die-gerund', category: 'suicidal', late: true, re: /\b(?:sigo|seguia|sigue|ando|andaba|estoy|estaba|vivo|paso|paso el dia|me la paso|llevo (?:\w+ ){1,3}?) (?:queriendo|deseando|con ganas de|pensando en) (?:morirme|morir\b(?! (?:de|del|en paz de))|matarme|suicidarme|quitarme la vida|no despertar|desaparecer para siempre|no existir)/ },
  { id: 'mn-overdose-purpose', category: 'suicidal', late: true, re: /\b(?:me meto|meterme|me meteria|me tomo|me tomaria|me voy a meter|me voy a tomar|hacerme) una sobredosis\b(?! de (?!(?:pastillas|heroina|insulina|morfina|fentanilo|cocaina|coca|calmantes|somniferos|clonazepam|paracetamol|pepas|droga|drogas|metadona|oxicodona)\b))|\bsobredosis a proposito\b|\ba proposito (?:una|la) sobredosis\b|\boverdose on purpose\b|\b(?:going to|gonna|will|i will|want to|plan to|decided to) (?:just )?(?:overdose|od)\b(?! (?:on (?:sugar|chocolate|candy|coffee|caffeine|netflix|tv|carbs|sweets)))|\bo ?d on purpose\b/ },
  // ---- self-harm: one's own body, until it bleeds or bruises; the clitic before the auxiliary ----
  { id: 'mn-own-body', category: 'self-harm', late: true, re: /\b(?:bite|biting|bit|hit|hitting|punch|punching|burn|burning|burnt|burned|scratch|scratching|scratched|pinch|pinching|pinched|cut|cutting|claw|clawing|slap|slapping) my own (?:arms?|legs?|hands?|wrists?|thighs?|skin|face|stomach|belly|fingers?|forearms?)\b(?! (?:by accident|accidentally|by mistake|on the|in the door|cooking|chopping))/ },
  { id: 'mn-es-prick-bleed', category: 'self-harm', late: true, re: new RegExp(String.raw`\bme ${ES_PRICK} (?:\w+ ){0,8}?hasta (?:sangrar|que (?:me )?sangr\w+|que sale sangre|hacerme sangre|sacarme sangre)\b`) },
  { id: 'mn-es-started-cut', category: 'self-harm', late: true, re: /\bme (?:empece|empezaba|empiezo|comence|volvi|vuelvo|he vuelto|sigo|segui|puse|pongo) a (?:cortar|quemar|lastimar|rasgunar|aranar|pinchar|golpear)\b(?! (?:el|la|los|las|un|una|unos|unas|mi|mis|su|sus|tu|tus|con el|con la|pan|cebolla|verdura|carne|pelo|cabello|unas|lena|cana|pasto|madera|tela|papel|fruta)\b)(?=\s*(?:[,.;!?]|$|otra vez|de nuevo|y |en |desde |cuando |porque |pa |para (?:sentir|calmarme|no)|nada mas|a escondidas))/ },
  { id: 'mn-es-head-wall', category: 'self-harm', late: true, re: /\bme (?:pego|golpeo|pegaba|golpeaba|estrello|estrellaba) (?:con )?(?:la cabeza|cabezazos) (?:contra|en) (?:la pared|las paredes|el piso|el suelo|la puerta|el espejo|el muro)\b/ },
  // Session 28, from the spent v34: "done living" without "with" ("i'm done living, i don't wanna be
  // here"); not a way of living ("done living like this", "done living in this city").
  { id: 'mn-done-living', category: 'suicidal', late: true, re: /\b(?:i am|am|i feel|feel|feeling|so|just|like|pretty much|completely|totally|really) (?:so |just |really |pretty much |completely |totally )?(?:done|finished|through) (?:living|being alive|existing|breathing)\b(?! (?:like|this|that|the way|in|with|at|on|under|here|there|alone|paycheck|out of|off|for)\b)/ },
  // ---- harm to others: poison in someone's food; a weapon to a person's head; killing with a tool ----
  { id: 'mn-poison-food', category: 'harm-others', late: true, re: new RegExp(String.raw`\b(?:echarle|ponerle|meterle|darle|echarles|ponerles|le echo|le pongo|le meto|le echaria|le pondria)\b ${w(3)}(?:todas )?(?:sus |las |unas |mis )?(?:pastillas|veneno|raticida|matarratas|cloro|insecticida|pesticida|lejia|somniferos|calmantes)\b ${w(2)}en (?:la|el|su|sus) (?:sopa|comida|cafe|te|jugo|bebida|agua|leche|cena|almuerzo|desayuno|caldo|mate)\b|\b(?:put|putting|slip|slipping|crush|crushing|mix|mixing|pour|pouring) ${w(3)}(?:pills|poison|rat poison|antifreeze|bleach|meds|tablets|sleeping pills) ${w(2)}in(?:to)? (?:his|her|their|the old (?:man's|woman's)|[a-z]+'s|[a-z]+ s) (?:food|soup|coffee|tea|drink|dinner|meal|juice|milk|breakfast)\b`) },
  { id: 'mn-weapon-head', category: 'harm-others', late: true, re: new RegExp(String.raw`\b(?:take|taking|took|put|putting) (?:my|a|the|his|her|dad's|grandpa's) ${BLUNT} (?:to|through|across|into) (?:his|her|their|that [a-z']+(?: s)?|the [a-z']+(?: s)?|[a-z]+'s|[a-z]+ s) (?:head|face|skull|knees?|teeth|neck)\b|\bcrack (?:his|her|their|that [a-z]+ s|[a-z]+'s) (?:head|skull) open\b`) },
  { id: 'mn-es-kill-tool', category: 'harm-others', late: true, re: /\b(?:lo|la|los|las) (?:mato|mataria|voy a matar|vamos a matar|parto|abro|agarro) a (?:machetazos|tiros|balazos|punaladas|cuchilladas|palazos|pedradas|hachazos|martillazos|cuchillo|machete|bala)\b/ },
];
