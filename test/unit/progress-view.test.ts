// @vitest-environment jsdom
// The Progress view: per-call metrics over time, skill goals the clinician picks and whether each
// call met them, metrics-only calls, charts with their own scales and hidden tables, the pilot report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { utcDay } from '../../src/sessions/pilot-report';
import { callMetrics } from '../../src/sessions/progress';
import { progressSampleRecords } from '../../src/sessions/sample-progress';
import { lookupFromMessages, makeT, type MessageEntry } from '../../src/ui/common/i18n';
import { ProgressView, type ProgressViewProps } from '../../src/ui/summary';

const en = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/en/messages.json'), 'utf8')) as Record<string, MessageEntry>;
const t = makeT(lookupFromMessages(en));
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const q = (s: string) => root.querySelector(s);
const qa = (s: string) => [...root.querySelectorAll(s)];

function show(over: Partial<ProgressViewProps> = {}) {
  const calls = progressSampleRecords().map(callMetrics);
  const props: ProgressViewProps = {
    calls, fullIds: new Set(['progress-call-2', 'progress-call-3']), goals: [], t, dayOf: utcDay, exportsAllowed: true,
    onGoalsChange: vi.fn(), onPilotReport: vi.fn(), onOpenCall: vi.fn(), ...over,
  };
  act(() => render(h(ProgressView, props), root));
  return props;
}

describe('ProgressView', () => {
  it('one row per call, oldest first, with the metrics over time; metrics-only calls marked', () => {
    show();
    expect(q('[data-progress-count]')?.textContent).toContain('3 calls from 2025-03-03 to 2025-03-17');
    expect(q('[data-progress-count]')?.textContent).toContain('1 of them are kept as metrics only');
    const rows = qa('tr[data-progress-call]');
    expect(rows.map((r) => r.getAttribute('data-kept'))).toEqual(['metrics', 'full', 'full']);
    const col = (k: string) => qa(`td[data-series="${k}"]`).map((c) => c.getAttribute('data-value'));
    expect(col('reflectionsPer10Min')).toEqual(['7.41', '14.81', '22.22']);
    expect(col('longestLectureSec')).toEqual(['19', '10', '0']);
    expect(col('promptsActedOn')).toEqual(['1', '1', '0']);
    expect(col('promptsDismissed')).toEqual(['0', '0', '1']);
    expect(col('disputedLabels')).toEqual(['0', '0', '1']);
    expect(col('talkShare')).toEqual(['0.68', '0.68', '0.68']);
    expect(q('tr[data-progress-call="progress-call-1"] [data-open-call]')).toBeNull();
    expect(q('tr[data-progress-call="progress-call-1"] td[data-series="rq"]')?.textContent).toContain('too few to rate');
  });

  it('a chart per metric, scaled to its values, with point shapes and a hidden data table', () => {
    show({ goals: [{ id: 'g', kind: 'lecture-max-sec', threshold: 30 }] });
    expect(qa('figure.progress-chart')).toHaveLength(10);
    const lect = q('svg[data-chart="progress-longestLectureSec"]')!;
    expect(lect.getAttribute('data-y-max')).toBe('50'); // 19 s and the 30 s goal line, not 0-10
    expect(lect.querySelector('[data-goal-line="30"]')).not.toBeNull();
    expect(lect.querySelectorAll('.series-point')).toHaveLength(3);
    expect(q('svg[data-chart="progress-goalsAgreed"]')?.getAttribute('data-y-max')).toBe('1');
    const table = q('table.visually-hidden[data-table="progress-reflectionsPer10Min"]')!;
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['2025-03-037.41', '2025-03-1014.81', '2025-03-1722.22']);
  });

  it('adds and removes skill goals and shows whether each call met them', () => {
    const props = show({ goals: [{ id: 'g1', kind: 'goal-agreed', threshold: 1 }, { id: 'g2', kind: 'rq-min', threshold: 1 }] });
    const goal = q('[data-skill-goal="goal-agreed"]')!;
    expect(goal.textContent).toContain('≥ 1 goal agreed in every visit: met in 1 of 3 calls');
    expect(q('[data-skill-goal="rq-min"]')?.textContent).toContain('(3 could not be judged)');
    expect(qa('tr[data-progress-call] td[data-goal-result]').map((c) => c.getAttribute('data-goal-result'))).toEqual([
      'missed', 'unknown', 'missed', 'unknown', 'met', 'unknown',
    ]);
    act(() => (q('[data-remove-goal="g2"]') as HTMLElement).click());
    expect(props.onGoalsChange).toHaveBeenCalledWith([{ id: 'g1', kind: 'goal-agreed', threshold: 1 }]);
    act(() => {
      const sel = q('select[data-goal-kind]') as HTMLSelectElement;
      sel.value = 'talk-share-max';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((q('input[data-goal-threshold]') as HTMLInputElement).value).toBe('0.6');
    act(() => (q('[data-action="add-goal"]') as HTMLElement).click());
    const added = (props.onGoalsChange as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0];
    expect(added.at(-1)).toMatchObject({ kind: 'talk-share-max', threshold: 0.6 });
  });

  it('the pilot report for a period, only when exports are allowed', () => {
    const props = show();
    expect((q('input[data-pilot-from]') as HTMLInputElement).value).toBe('2025-03-03');
    act(() => {
      const to = q('input[data-pilot-to]') as HTMLInputElement;
      to.value = '2025-03-10';
      to.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(q('[data-pilot-count]')?.getAttribute('data-pilot-count')).toBe('2');
    act(() => (q('[data-pilot="csv"]') as HTMLElement).click());
    expect(props.onPilotReport).toHaveBeenCalledWith({ from: '2025-03-03', to: '2025-03-10' }, 'csv');
    show({ exportsAllowed: false });
    expect(q('[data-pilot]')).toBeNull();
    expect(q('.pilot-report [data-exports-off]')).not.toBeNull();
  });

  it('says when nothing is stored', () => {
    show({ calls: [], fullIds: new Set() });
    expect(root.textContent).toContain('No calls are stored yet.');
    expect(q('[data-pilot="csv"]')?.hasAttribute('disabled')).toBe(true);
  });
});
