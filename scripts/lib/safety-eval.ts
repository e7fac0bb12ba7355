// `npm run -s eval -- --safety [RISK.jsonl] [FIGURATIVE.jsonl] [--dev] [--show]`
// Scores the safety detector (src/safety/detect.ts):
//   recall             on labelled risk statements (default: the newest blind set,
//                      eval/safety/<NEWEST_BLIND>/risk.jsonl; the older sets are trained on, see
//                      models/safety/data.ts SPENT_SETS)
//   figurativeFpRate   on figurative speech that must not fire (default: the same set's figurative.jsonl)
//   fpPerHour          on real patient speech (PriMock57, MTS-Dialog, ACI-Bench patient turns, with the
//                      clinician's turn before each as context), hours from words at 150 per minute;
//                      realSpeech.heldOut = the same on the half of the dialogues the learned stage never
//                      trained on (realSpeechHalf, scripts/lib/patient-turns.ts), the honest FP figure
//   rulesOnly          the same three numbers for the rules alone (the first stage), for comparison
//   splitTurns         the same detector on turns the captions split at a pause (safety-split-eval.ts)
// Lines: {"text", "lang"?, "category"?, "style"?, "context"?} (context = the clinician's previous turn).
// --dev scores the development set (test/safety/dev-cases.ts) instead of the two files.
// --show lists the misses and false alarms (for the dev set; do not tune on the independent set).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectRisk, detectRiskRules } from '../../src/safety/detect';
import { loadPatientTurns, realSpeechHalf, wordsOf } from './patient-turns';
import { splitTurns } from './safety-split-eval';
import { LATER_SETS, lineKey, NEWEST_BLIND, reviewedGenuine, spentSetDir, trainedKeys } from '../../models/safety/data';

interface Case { text: string; context?: string; lang?: string; category?: string; style?: string }

function readJsonl(file: string): Case[] {
  const out: Case[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const o = JSON.parse(line) as Case;
      if (typeof o.text !== 'string') throw new Error('no "text"');
      out.push({ ...o, ...(typeof o.context === 'string' && o.context.trim() ? { context: o.context } : { context: undefined }) });
    } catch (e) {
      console.error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function breakdown(cases: Case[], hit: boolean[], key: 'lang' | 'category' | 'style') {
  const groups: Record<string, { n: number; detected: number; recall: number }> = {};
  cases.forEach((c, i) => {
    const k = String(c[key] ?? 'unknown');
    const g = (groups[k] ??= { n: 0, detected: 0, recall: 0 });
    g.n++;
    if (hit[i]) g.detected++;
  });
  for (const g of Object.values(groups)) g.recall = round(g.detected / g.n);
  return groups;
}

export async function safetyEval(args: string[]): Promise<number> {
  const positional = args.filter((a) => !a.startsWith('--'));
  const show = args.includes('--show');
  let risk: Case[];
  let figurative: Case[];
  let source: string;
  let leftOut: { risk: number; figurative: number } | null = null;
  if (args.includes('--dev')) {
    const dev = await import('../../test/safety/dev-cases.ts');
    risk = dev.RISK;
    figurative = dev.FIGURATIVE;
    source = 'test/safety/dev-cases.ts';
  } else {
    const [rf = `${spentSetDir(NEWEST_BLIND)}/risk.jsonl`, ff = `${spentSetDir(NEWEST_BLIND)}/figurative.jsonl`] = positional;
    for (const f of [rf, ff]) if (!existsSync(f)) { console.error(`eval --safety: ${f}: no such file`); return 2; }
    risk = readJsonl(rf);
    figurative = readJsonl(ff);
    source = `${rf} + ${ff}`;
    // A set written after the model was trained is scored without the few lines the model trained on
    // (models/safety/data.ts LATER_SETS): those would not be blind.
    if (LATER_SETS.some((n) => [rf, ff].every((f) => f.startsWith(`${spentSetDir(n)}/`)))) {
      const trained = trainedKeys();
      const keep = (c: Case) => !trained.has(lineKey(c.text, c.context));
      leftOut = { risk: risk.filter((c) => !keep(c)).length, figurative: figurative.filter((c) => !keep(c)).length };
      risk = risk.filter(keep);
      figurative = figurative.filter(keep);
    }
  }
  const riskHit = risk.map((c) => detectRisk({ text: c.text, ...(c.context ? { context: c.context } : {}) }) !== null);
  const figHit = figurative.map((c) => detectRisk({ text: c.text, ...(c.context ? { context: c.context } : {}) }) !== null);
  const asInput = (c: Case) => ({ text: c.text, ...(c.context ? { context: c.context } : {}) });
  const riskRules = risk.map((c) => detectRiskRules(asInput(c)) !== null);
  const figRules = figurative.map((c) => detectRiskRules(asInput(c)) !== null);
  const turns = loadPatientTurns();
  let words = 0, heldWords = 0, heldTurns = 0, realRulesHits = 0;
  const realHits: { corpus: string; dialog: string; rule: string; half: string }[] = [];
  const realShow: string[] = [];
  for (const t of turns) {
    const half = realSpeechHalf(t);
    words += wordsOf(t.text);
    if (half === 'heldout') { heldWords += wordsOf(t.text); heldTurns++; }
    if (detectRiskRules({ text: t.text, context: t.context })) realRulesHits++;
    const h = detectRisk({ text: t.text, context: t.context });
    if (h) {
      realHits.push({ corpus: t.corpus, dialog: t.dialog, rule: h.rule, half });
      if (show) realShow.push(`${t.corpus}/${t.dialog} [${h.rule}] ${t.text}`);
    }
  }
  const hours = words / 150 / 60;
  const heldHours = heldWords / 150 / 60;
  // Hand-reviewed real-speech turns that are genuine disclosures (reported apart, never hidden).
  const genuine = reviewedGenuine();
  const isGenuine = (h: { corpus: string; dialog: string }) => genuine.has(`${h.corpus}/${h.dialog}`);
  const falseAlarms = realHits.filter((h) => !isGenuine(h)).length;
  const detected = riskHit.filter(Boolean).length;
  const heldHits = realHits.filter((h) => h.half === 'heldout');
  const heldFalse = heldHits.filter((h) => !isGenuine(h)).length;
  const fp = figHit.filter(Boolean).length;
  const report = {
    source,
    ...(leftOut ? { leftOutAsTrained: leftOut } : {}),
    recall: risk.length ? round(detected / risk.length) : null,
    figurativeFpRate: figurative.length ? round(fp / figurative.length) : null,
    fpPerHour: hours ? round(realHits.length / hours) : null,
    risk: { n: risk.length, detected, byCategory: breakdown(risk, riskHit, 'category'), byLang: breakdown(risk, riskHit, 'lang'), byStyle: breakdown(risk, riskHit, 'style') },
    figurative: { n: figurative.length, falsePositives: fp },
    byStage: { riskDetectedByModelOnly: riskHit.filter((h, i) => h && !riskRules[i]).length, figurativeFpByModelOnly: figHit.filter((h, i) => h && !figRules[i]).length },
    rulesOnly: {
      recall: risk.length ? round(riskRules.filter(Boolean).length / risk.length) : null,
      figurativeFpRate: figurative.length ? round(figRules.filter(Boolean).length / figurative.length) : null,
      realSpeechHits: realRulesHits,
    },
    realSpeech: {
      corpora: [...new Set(turns.map((t) => t.corpus))],
      patientTurns: turns.length,
      words,
      hours: round(hours, 2),
      falsePositives: realHits.length,
      fpPer10Hours: hours ? round((realHits.length / hours) * 10, 2) : null,
      reviewedGenuine: realHits.length - falseAlarms,
      fpPerHourExcludingReviewedGenuine: hours ? round(falseAlarms / hours) : null,
      hits: realHits,
      heldOut: {
        what: 'dialogues the learned stage never trained on (realSpeechHalf = heldout)',
        patientTurns: heldTurns,
        hours: round(heldHours, 2),
        falsePositives: heldHits.length,
        fpPer10Hours: heldHours ? round((heldHits.length / heldHours) * 10, 2) : null,
        reviewedGenuine: heldHits.length - heldFalse,
        fpPer10HoursExcludingReviewedGenuine: heldHours ? round((heldFalse / heldHours) * 10, 2) : null,
        modelHits: heldHits.filter((h) => h.rule === 'model').length,
      },
    },
  };
  const ordinary = ordinaryWritten();
  console.log(JSON.stringify({ ...report, ordinaryWritten: ordinary.report, splitTurns: splitTurns() }, null, 2));
  if (show) {
    console.error('--- missed risk ---');
    risk.forEach((c, i) => !riskHit[i] && console.error(`${c.text}${c.context ? `   [after: ${c.context}]` : ''}`));
    console.error('--- figurative false alarms ---');
    figurative.forEach((c, i) => figHit[i] && console.error(c.text));
    console.error('--- real speech hits ---');
    for (const l of realShow) console.error(l);
    console.error('--- ordinary written speech hits ---');
    for (const l of ordinary.hits) console.error(l);
  }
  return 0;
}

/**
 * Ordinary patient speech written as live captions, English and Spanish (eval/safety/ordinary/, one
 * utterance a line, "reply || clinician question"): the real corpora are English clinic talk only,
 * so this is the Spanish precision figure. A development set (session 20 tuned masks on it), never
 * trained on: training on it cost recall on the spent sets (models/safety/experiments/README.md).
 */
function ordinaryWritten(dir = 'eval/safety/ordinary'): { report: Record<string, unknown> | null; hits: string[] } {
  if (!existsSync(dir)) return { report: null, hits: [] };
  const hits: string[] = [];
  const byLang: Record<string, { n: number; falsePositives: number }> = {};
  for (const f of readdirSync(dir).filter((x) => /-(en|es)\.txt$/.test(x)).sort()) {
    const lang = /-(en|es)\.txt$/.exec(f)![1]!;
    const b = (byLang[lang] ??= { n: 0, falsePositives: 0 });
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [text, context] = line.split('||').map((x) => x.trim());
      b.n++;
      const hit = detectRisk({ text: text!, ...(context ? { context } : {}) });
      if (hit) b.falsePositives++, hits.push(`${hit.category}/${hit.rule}: ${line}`);
    }
  }
  const n = Object.values(byLang).reduce((a, b) => a + b.n, 0);
  return { report: { dir, n, fpRate: n ? round(hits.length / n) : null, byLang }, hits };
}
