// Finding 3: a table of identifiers that caption text really carries (names in any case and
// position, spelled-out dates and numbers, ages over 89, phones, emails, web addresses with and
// without a scheme, MRN-like ids, streets and places, Spanish, scripts without case). Each row says
// what must be gone and, where it matters, what must stay (so masking does not eat ordinary words).
import { describe, expect, it } from 'vitest';
import { deidentifyText, nameMasks } from '../../src/sessions/deidentify';

type Row = [input: string, gone: string[], kept?: string[]];

const ROWS: Row[] = [
  // names: sentence start, lower case, upper case, mid-sentence, with titles
  ['Kevin has been coughing all week.', ['Kevin'], ['coughing']],
  ['Sarah said the pain is worse.', ['Sarah'], ['pain']],
  ['I called sarah yesterday.', ['sarah'], ['called']],
  ['JOHN called me this morning.', ['JOHN'], ['called']],
  ['my daughter emily drives me.', ['emily'], ['daughter']],
  ['My son Peter came with me.', ['Peter'], ['son']],
  ['Dr. Patel said it was fine.', ['Patel'], ['said']],
  ['I saw Mrs. Jones at the pharmacy.', ['Jones'], ['pharmacy']],
  ['Ask for nurse Linda Brown.', ['Linda', 'Brown']],
  ['michael and jessica are my kids.', ['michael', 'jessica'], ['kids']],
  ['Then Robert told me to come in.', ['Robert']],
  ['My husband, David, is worried.', ['David'], ['husband']],
  ['ROBERT SMITH is my brother.', ['ROBERT', 'SMITH'], ['brother']],
  // dates, spelled out and numeric
  ['I was born on the twelfth of march nineteen fifty two.', ['twelfth', 'march', 'nineteen', 'fifty']],
  ['My birthday is March 3rd, 1950.', ['March', '3rd', '1950']],
  ['It started on 12/03/2024.', ['12/03/2024']],
  ['Surgery was 2023-11-05.', ['2023-11-05']],
  ['The appointment is on the 5th of June.', ['5th', 'June']],
  ['I came in last October.', ['October']],
  ['We met on january twenty first.', ['january', 'twenty']],
  ['She died in nineteen ninety nine.', ['nineteen', 'ninety']],
  // ages, over 89 in particular
  ['She is ninety-three years old.', ['ninety', 'three'], ['years old']],
  ['My father is 94.', ['94']],
  ['I am ninety one next week.', ['ninety', 'one']],
  ['He turned one hundred and two.', ['hundred', 'two']],
  // phones and spoken digits
  ['Call me on 555-123-4567.', ['555', '4567']],
  ['My number is (555) 987 6543.', ['987', '6543']],
  ['My cell is five five five one two three four.', ['five', 'four']],
  ['Reach me at +1 555 222 3333 after five.', ['222', '3333']],
  // emails
  ['Email me at maria.gomez@example.com please.', ['maria.gomez', 'example.com']],
  ['It is kevin at gmail dot com.', ['kevin', 'gmail']],
  ['Send it to JSMITH@CLINIC.ORG.', ['JSMITH', 'CLINIC']],
  // web addresses
  ['My blog is mariagomez.com if you want.', ['mariagomez'], ['you want']],
  ['See www.example.org/page for it.', ['example.org']],
  ['Look at https://myclinic.example/patients/42.', ['myclinic', '42']],
  ['It is on facebook.com/kevin.smith now.', ['kevin.smith']],
  ['the site is maria gomez dot com', ['gomez']],
  // MRN-like ids
  ['My MRN is 00482913.', ['00482913']],
  ['The record number is AB-482913.', ['482913']],
  ['Insurance ID 9931-22-118.', ['9931', '118']],
  ['medical record four eight two nine one three', ['four', 'eight', 'nine']],
  // addresses and places
  ['I live on elm street in springfield.', ['elm', 'springfield']],
  ['We moved to 42 Oak Avenue last year.', ['42', 'Oak']],
  ['She lives in Boston now.', ['Boston']],
  ['My house on maple drive flooded.', ['maple']],
  ['Zip code 02139.', ['02139']],
  // Spanish
  ['María tiene dolor de cabeza.', ['María'], ['dolor']],
  ['Llamé a carmen ayer.', ['carmen']],
  ['Nací el doce de marzo de mil novecientos cincuenta y dos.', ['doce', 'marzo', 'novecientos', 'cincuenta']],
  ['Mi abuela tiene noventa y tres años.', ['noventa', 'tres'], ['abuela']],
  ['Vivo en la calle de la Paz.', ['Paz']],
  ['Mi correo es jose.perez@correo.mx.', ['jose.perez', 'correo.mx']],
  ['Mi teléfono es 55 1234 5678.', ['1234', '5678']],
  ['La doctora Ramírez me dijo que descansara.', ['Ramírez']],
  ['Mi hijo Javier vino conmigo.', ['Javier']],
  ['Vivo en la avenida Juárez.', ['Juárez']],
  ['Tengo cita el 3 de abril.', ['abril']],
  ['José Luis Hernández es mi esposo.', ['José', 'Luis', 'Hernández'], ['esposo']],
  // scripts without case
  ['我叫王小明，住在北京。', ['王小明', '北京']],
  ['My mother 李秀英 is here.', ['李秀英'], ['mother']],
  ['私の名前は田中です。', ['田中']],
  ['اسمي أحمد', ['أحمد']],
  // ordinary speech that must stay readable
  ['Thank you, how are you feeling today?', [], ['Thank you', 'how are you feeling today']],
  ['You said the knee hurts when you walk.', [], ['You said', 'when you walk']],
];

describe('de-identification table (finding 3)', () => {
  it('has at least 60 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(60));

  // Meet labels the clinician "You": a speaker called "You" must not turn every "you" into a role.
  const names = nameMasks([
    { speaker: 'You', role: 'clinician' },
    { speaker: 'Ty', role: 'other' },
    { speaker: 'Dr. Anna Lee (Host)', role: 'clinician' },
  ]);

  it.each(ROWS)('%s', (input, gone, kept = []) => {
    const out = deidentifyText(input, names);
    for (const g of gone) expect(out.toLowerCase(), `"${g}" left in: ${out}`).not.toContain(g.toLowerCase());
    for (const k of kept) expect(out, `"${k}" lost in: ${out}`).toContain(k);
  });

  it('the clinician\'s own name is still masked as the role', () => {
    expect(deidentifyText('Anna will call you back.', names)).toBe('[CLINICIAN] will call you back.');
    expect(names.has('you')).toBe(false);
    expect(names.has('host')).toBe(false);
    expect(names.has('ty')).toBe(false);
  });
});
