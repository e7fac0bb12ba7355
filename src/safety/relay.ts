// Relayed speech in the first person, so the rules and the model read it as the patient's own words.
// On an interpreted call the interpreter speaks for the patient in the third person ("she says that
// she wants to go to be with her husband", "dice que se quiere matar"); a relative on the call does
// the same. The rules and the training lines are first person, so a relayed disclosure was missed
// however plain it was (blind set v7: most of its relayed lines). Only a frame with a bare pronoun or
// an interpreter's formula starts a relay ("my mum says she..." is a report about the mother and stays
// as it is), and the change ends at the sentence's end. Pure; input is normalize()d text.

// "she says (that)", "he is telling me", "the interpreter speaking, he is asking me to tell you". Not
// "he told me", "he said": a patient reporting an abuser's threat ("he told me he would kill me").
const EN_FRAME = /(?:\b(?:the )?interpreter(?: speaking| here| says| is telling you)?[:,]? )?\b(she|he) (?:says|is saying|saying|is telling me|telling me|wants me to tell you|asks me to tell you|asked me to tell you|is asking me to tell you|asking me to tell you)(?:,? (?:i am interpreting|interpreter here|the interpreter speaking),?)?,? (?:that )?/g;
// "dice (la interprete) que" at a clause's start, "ella me esta diciendo que", "traduzco:", "la interprete
// dice:". Not "mi mama dice que..." (a report about the mother).
// Session 28 (from the spent v35): the interpreter's noun first, "la señora dice en su idioma que...",
// "el paciente me está diciendo que..." (a relative says "mi mamá", so these nouns are the interpreter's).
const ES_FRAME = /(?:\b(?:la|el) interprete(?: dice)?:? |\btraduzco(?: lo que dice [a-z ]{1,20}?)?:? |(?:^|(?<=[,.;:] )|\b(?:ella|el|(?:la|el) (?:senora|senor|muchacha|muchacho|paciente|joven|chica|chico)) )(?:me )?(?:dice|esta diciendo|pide que le diga|cuenta|explica)(?: (?:la|el) (?:interprete|senora|senor|muchacho|muchacha|paciente))?(?: en su (?:idioma|lengua))?,?(?: traduzco,?)? que )/g;

// The same with the interpreter's noun for the patient: "the patient says he will...", "the lady is
// telling me she..." (not "my mother says she...": a report about the mother).
const EN_NOUN_FRAME = /\b(?:the|this) (?:patient|client|lady|gentleman|young (?:man|woman|lady)|man|woman|girl|boy) (?:says|is saying|is telling me|tells me|wants me to tell you|asks me to tell you)(?: in (?:her|his) (?:language|own language))?,? (?:that )?(?=(she|he)\b)/g;

const EN_BE: Record<string, string> = { is: 'am', has: 'have', does: 'do', was: 'was', goes: 'go', says: 'say', wants: 'want' };
// Third person to first for the verb after the new "i": "i uses" -> "i use", "i tries" -> "i try".
function firstVerb(w: string): string {
  if (EN_BE[w]) return EN_BE[w]!;
  if (/^[a-z]+[^aeiou]ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/(?:ches|shes|sses|xes|oes)$/.test(w)) return w.replace(/es$/, '');
  if (/^[a-z]{2,}[^su']s$/.test(w)) return w.slice(0, -1);
  return w;
}

// "her" before a word that can follow an object is "me" ("hits her with"), otherwise "my" ("her arm").
const AFTER_OBJECT = /^(?:with|when|if|and|to|in|on|at|for|because|so|or|again|every|all|until|till|up|down|out|off|too|now|then|there|here|a|an|the|about|into|like|more|that|this|anymore|[.,!?;:]|)$/;

function enSpan(span: string, subj: string): string {
  const words = span.split(' ');
  const obj = subj === 'she' ? 'her' : 'him';
  const poss = subj === 'she' ? 'her' : 'his';
  const refl = subj === 'she' ? 'herself' : 'himself';
  for (let i = 0; i < words.length; i++) {
    const [w, punct] = /^([a-z']*)(.*)$/.exec(words[i]!)!.slice(1) as [string, string];
    if (w === subj) {
      words[i] = `i${punct}`;
      if (!punct && i + 1 < words.length) {
        // "she really wants" keeps its adverb; the verb after it agrees.
        const j = /^(?:also|still|always|never|really|already|just|even|only|often|sometimes)$/.test(words[i + 1]!) && i + 2 < words.length ? i + 2 : i + 1;
        const [v, p] = /^([a-z']*)(.*)$/.exec(words[j]!)!.slice(1) as [string, string];
        words[j] = firstVerb(v) + p;
      }
    } else if (w === refl) words[i] = `myself${punct}`;
    else if (w === obj && obj === 'him') words[i] = `me${punct}`;
    else if (w === poss && poss === 'his') words[i] = `my${punct}`;
    else if (w === 'her' && subj === 'she') words[i] = (punct || AFTER_OBJECT.test(words[i + 1]?.replace(/[^a-z.,!?;:]/g, '') ?? '') ? 'me' : 'my') + punct;
  }
  return words.join(' ');
}

const ES_VERB: Record<string, string> = { quiere: 'quiero', ella: 'yo', prefiere: 'prefiero', necesita: 'necesito', desea: 'deseo', aguanta: 'aguanto', queria: 'queria', va: 'voy', iba: 'iba', tiene: 'tengo', piensa: 'pienso', esta: 'estoy', ha: 'he', puede: 'puedo', siente: 'siento', hace: 'hago', sabe: 'se', corta: 'corto', quema: 'quemo', pega: 'pego', golpea: 'golpeo', toma: 'tomo', aprieta: 'aprieto', intento: 'intente', tomo: 'tome', corto: 'corte', quemo: 'queme', trago: 'trague', regalo: 'regale', escribio: 'escribi', dejo: 'deje', lastima: 'lastimo', mata: 'mato', matara: 'matare', rasguna: 'rasguno', rasca: 'rasco', clava: 'clavo', muerde: 'muerdo', arana: 'arano', quiso: 'quise' };

function esSpan(span: string): string {
  return span
    .split(' ')
    .map((tok) => {
      const [w, p] = /^([a-z]*)(.*)$/.exec(tok)!.slice(1) as [string, string];
      if (w === 'se') return `me${p}`;
      if (w === 'su') return `mi${p}`;
      if (w === 'sus') return `mis${p}`;
      if (ES_VERB[w]) return ES_VERB[w] + p;
      // "matarse", "ahorcarse", "cortarse" -> "matarme"...
      const inf = /^([a-z]{2,}(?:ar|er|ir))se$/.exec(w);
      return inf ? `${inf[1]}me${p}` : tok;
    })
    .join(' ');
}

const FIRST_EN = /\b(?:i|me|my|myself|mine)\b/;
const FIRST_ES = /\b(?:me|mi|mis|yo|conmigo|mio|mia)\b/;

/**
 * Each frame's clause, up to the sentence's end or the next frame, through `convert`; a null answer
 * keeps the frame and its clause exactly as they were.
 */
function eachRelay(t: string, frame: RegExp, convert: (span: string, m: RegExpExecArray) => string | null): string {
  const ms = [...t.matchAll(frame)] as RegExpExecArray[];
  let out = '', last = 0;
  ms.forEach((m, k) => {
    const start = m.index, end = start + m[0].length;
    const next = k + 1 < ms.length ? ms[k + 1]!.index : t.length;
    const stop = t.slice(end, next).search(/[.?!;]/);
    const spanEnd = stop < 0 ? next : end + stop;
    const conv = convert(t.slice(end, spanEnd), m);
    out += t.slice(last, start) + (conv ?? t.slice(start, spanEnd));
    last = spanEnd;
  });
  return out + t.slice(last);
}

/** Relayed clauses turned into the first person, up to each sentence's end; other text unchanged. */
export function firstPersonRelay(t: string): string {
  if (!/\b(?:says|saying|telling|tell|interpret\w*|dice|diciendo|traduzco|diga)\b/.test(t)) return t;
  // A clause with its own "i"/"me" is the patient speaking about someone ("he says he will kill me").
  const relayEn = (span: string, m: RegExpExecArray) => (FIRST_EN.test(span) ? null : enSpan(span, m[1]!));
  const en = eachRelay(eachRelay(t, EN_FRAME, relayEn), EN_NOUN_FRAME, relayEn);
  return eachRelay(en, ES_FRAME, (span) => (FIRST_ES.test(span) ? null : esSpan(span)));
}
