// Markdown export of one call: a readable report (metrics with MITI bands, goals/tasks, coaching
// moments, disputes, transcript when included). Caption text is escaped so it cannot become
// markup, links or HTML in a Markdown viewer.
import { DEIDENTIFIED_NOTICE } from './deidentify';
import type { Translate } from './export';
import { accuracyText, clockText, metricRows } from './metric-rows';
import { MIN_RATED } from '../coach/metrics';
import { noTextKey, type CallRecord, type StoredUtterance } from './record';
import { safetyMoments } from './safety-moments';
import { bondRuleSubs, durationMs, recordMetrics, recordTally } from './summarize';

/**
 * Escapes Markdown and HTML metacharacters and flattens line breaks (one table cell, one line).
 * Viewers also turn bare web addresses and emails into links by themselves (GFM autolinks), which
 * escaping cannot stop: those are defanged ("https[:]//", "www[.]", "[@]") so that no caption text
 * or display name becomes a clickable link.
 */
export function mdText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/giu, '$1[:]')
    .replace(/\b(?:mailto|javascript|data|vbscript|file|tel):/giu, (m) => `${m.slice(0, -1)}[:]`)
    .replace(/(?<=[\p{L}\p{N}-])\.(?=\p{L}{2,}\b)/gu, '[.]') // www.x.org, mariagomez.com
    .replace(/@/g, '[@]')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Only what can start markup mid-line; "." or "-" cannot once the line has a prefix of ours.
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

function utteranceLine(u: StoredUtterance, record: CallRecord, t: Translate): string {
  const label = record.disputes[u.id]?.label ?? u.label;
  const tag = label ? ` _(${t(`summary_label_${label}`)})_` : '';
  const body = u.text !== undefined ? mdText(u.text) : t(noTextKey(record, u));
  return `- ${clockText(u.startMs - record.clock.startMs)} **${mdText(u.speaker)}**${tag}: ${body}`;
}

export function exportMarkdown(record: CallRecord, opts: { deidentified: boolean; t: Translate }): string {
  const { t } = opts;
  const m = recordMetrics(record, true);
  const tally = recordTally(record, true);
  const byId = new Map(record.utterances.map((u) => [u.id, u]));
  const out: string[] = [`# ${t('summary_title')}`, ''];
  if (opts.deidentified) out.push(`> ${DEIDENTIFIED_NOTICE}`, ''); // our own plain text, no escaping needed
  const when = opts.deidentified ? String(new Date(record.startedAt).getUTCFullYear()) : new Date(record.startedAt).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  out.push(
    `- ${t('summary_date')}: ${when}`,
    `- ${t('summary_platform')}: ${record.platform}`,
    `- ${t('summary_duration')}: ${clockText(durationMs(record))}`,
    `- ${t('summary_end_reason')}: ${t(`summary_endreason_${record.endReason.replace('-', '_')}`)}`,
    `- ${t('summary_coverage', [m.coverageMinutes.toFixed(1)])}`,
    `- ${t('summary_model', [mdText(record.model.version), record.model.sha256.slice(0, 12)])}`,
    '',
    `## ${t('summary_metrics_title')}`,
    '',
    `| ${t('summary_col_metric')} | ${t('summary_col_value')} | ${t('summary_col_fair')} | ${t('summary_col_good')} | ${t('summary_col_accuracy')} |`,
    '|---|---|---|---|---|',
  );
  for (const r of metricRows(m, t)) {
    const band = r.band ? ` (${t(`summary_band_${r.band}`, [String(MIN_RATED)])})` : '';
    out.push(`| ${r.title} | ${r.value}${band} | ${r.fair ?? ''} | ${r.good ?? ''} | ${accuracyText(r.labels, record.model.perLabelF1, t, record.model.perLabelN)} |`);
  }
  if (record.model.measuredOn) out.push('', mdText(t('summary_accuracy_note', [record.model.measuredOn])));
  out.push('', t('summary_proxy_note'), '', t('summary_bond_rule', bondRuleSubs(record)));
  const disputes = Object.entries(record.disputes);
  if (disputes.length > 0) out.push('', t('summary_disputes_note', [String(disputes.length)]));

  const moments = safetyMoments(record);
  if (moments.length > 0) {
    out.push('', `## ${t('summary_safety_title')}`, '');
    for (const m of moments) {
      const ticked = m.ticked.length ? m.ticked.map((i) => t(`summary_safety_item_${i}`)).join(', ') : t('summary_safety_none_ticked');
      out.push(`- ${t('summary_safety_at', [clockText(m.atMs)])} (${t(`summary_safety_category_${m.category.replace('-', '_')}`)}). ${t('summary_safety_ticked')}: ${ticked}`);
      if (!opts.deidentified && m.triggerText !== null) out.push(`  - ${t('summary_safety_trigger')}: ${mdText(m.triggerText)}`);
    }
  }

  out.push('', `## ${t('summary_goals_title')}`, '');
  const items = [...tally.goals, ...tally.tasks];
  if (items.length === 0) out.push(t('summary_none'));
  for (const i of items) {
    out.push(`- ${t(`summary_kind_${i.kind}`)} (${t(`summary_state_${i.state}`)}): ${i.text !== undefined ? mdText(i.text) : t('summary_no_text')}`);
  }

  out.push('', `## ${t('summary_moments_title')}`, '');
  if (record.prompts.length === 0) out.push(t('summary_none'));
  record.prompts.forEach((p, n) => {
    out.push(`### ${n + 1}. ${mdText(t(p.reasonKey, p.reasonSubs ?? []))} (${clockText(p.shownMs - record.clock.startMs)})`, '');
    out.push(`${t('summary_better')}: ${mdText(t(p.suggestionKey, p.suggestionSubs ?? []))}`, '');
    for (const id of [...p.beforeIds, ...p.afterIds]) {
      const u = byId.get(id);
      if (u) out.push(utteranceLine(u, record, t));
    }
    const note = opts.deidentified ? undefined : record.notes?.moments?.[p.id];
    if (note) out.push('', `${t('summary_note_moment')}: ${mdText(note)}`);
    out.push('');
  });
  // Review notes are the clinician's free text: in identified exports only (never masked, so withheld).
  if (!opts.deidentified && record.notes?.call) out.push(`## ${t('summary_notes_title')}`, '', mdText(record.notes.call), '');

  if (disputes.length > 0) {
    out.push(`## ${t('summary_disputes_title')}`, '', `| ${t('summary_col_utterance')} | ${t('summary_col_model_label')} | ${t('summary_col_corrected')} | ${t('summary_col_note')} |`, '|---|---|---|---|');
    for (const [id, d] of disputes) {
      const u = byId.get(id);
      const model = u?.label ? t(`summary_label_${u.label}`) : '';
      out.push(`| ${mdText(id)} | ${model} | ${t(`summary_label_${d.label}`)} | ${d.note ? mdText(d.note) : ''} |`);
    }
    out.push('');
  }

  if (record.utterances.some((u) => u.text !== undefined)) {
    out.push(`## ${t('summary_transcript_title')}`, '');
    for (const u of record.utterances) out.push(utteranceLine(u, record, t));
    out.push('');
  }
  return out.join('\n');
}
