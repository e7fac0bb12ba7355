// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Label } from '../../src/classifier/labels';
import { withDispute, type CallRecord } from '../../src/sessions/record';
import { sampleRecord } from '../../src/sessions/sample';
import type { ListItem } from '../../src/sessions/store';
import { lookupFromMessages, makeT, type MessageEntry } from '../../src/ui/common/i18n';
import { CallList, CallSummary, PrintView } from '../../src/ui/summary';
import type { CallSummaryProps } from '../../src/ui/summary';

const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, MessageEntry>;
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

function summary(record: CallRecord, over: Partial<CallSummaryProps> = {}) {
  const props: CallSummaryProps = {
    record, t, locale: 'en-GB',
    policy: { exportsAllowed: true, deidentifiedExportsOnly: false },
    onDispute: vi.fn(), onExport: vi.fn(), onDelete: vi.fn(),
    ...over,
  };
  act(() => render(h(CallSummary, props), root));
  return props;
}
const q = (sel: string) => root.querySelector(sel);
const qa = (sel: string) => [...root.querySelectorAll(sel)];
const click = (el: Element | null) => act(() => (el as HTMLElement).click());

describe('CallList', () => {
  const calls: ListItem[] = [
    { callId: 'a', startedAt: Date.UTC(2025, 2, 3, 14), endedAt: Date.UTC(2025, 2, 3, 14, 25), platform: 'meet', expiresAt: 0, status: 'ok' },
    { callId: 'b', startedAt: Date.UTC(2025, 2, 2, 9), endedAt: Date.UTC(2025, 2, 2, 9, 5, 30), platform: 'zoom', expiresAt: 0, status: 'corrupted' },
  ];

  it('lists calls with date, platform, duration; flags corrupted ones; opens and deletes all with confirmation', () => {
    const onOpen = vi.fn();
    const onDeleteAll = vi.fn();
    const onDelete = vi.fn();
    act(() => render(h(CallList, { calls, t, locale: 'en-GB', onOpen, onDelete, onDeleteAll }), root));
    const items = qa('li[data-call-id]');
    expect(items.map((li) => li.getAttribute('data-call-id'))).toEqual(['a', 'b']);
    expect(items[0]?.textContent).toContain('Google Meet');
    expect(items[0]?.textContent).toContain('25:00');
    expect(items[0]?.textContent).toContain('2025');
    expect(q('li[data-call-id="b"] [data-corrupted="true"]')?.textContent).toContain('Cannot be opened');
    expect(q('li[data-call-id="b"] [data-action="open"]')).toBeNull();
    click(q('li[data-call-id="a"] [data-action="open"]'));
    expect(onOpen).toHaveBeenCalledWith('a');
    click(q('[data-action="delete-all"]'));
    expect(onDeleteAll).not.toHaveBeenCalled();
    click(q('[data-confirm-yes="delete-all"]'));
    expect(onDeleteAll).toHaveBeenCalledOnce();
    click(q('li[data-call-id="b"] [data-action="delete"]'));
    click(q('li[data-call-id="b"] [data-confirm-yes="delete"]'));
    expect(onDelete).toHaveBeenCalledWith('b');
  });

  it('says when nothing is stored', () => {
    act(() => render(h(CallList, { calls: [], t, onOpen: vi.fn() }), root));
    expect(root.textContent).toContain('No finished calls are stored.');
  });
});

describe('CallSummary', () => {
  it('shows duration, coverage and the codebook metrics with MITI bands and model accuracy', () => {
    summary(sampleRecord());
    expect(q('[data-duration-ms]')?.textContent).toBe('1:35');
    expect(q('.coverage')?.textContent).toBe('Computed on 1.4 minutes of captioned speech.');
    const rq = q('[data-metric="reflection-to-question"]');
    // 1 reflection / 4 questions by form (the greeting "can you hear me okay?" asks, though labelled
    // other): too few to rate, so no MITI band, and the row says what it counted.
    expect(rq?.getAttribute('data-value')).toBe('0.25');
    expect(rq?.getAttribute('data-band')).toBe('few');
    expect(rq?.textContent).toContain('too few to rate');
    expect(rq?.textContent).toContain('1 goal setting asked as questions');
    expect(rq?.closest('tr')?.textContent).toMatch(/1:1.*2:1.*empathic reflection F1 0\.81/);
    expect(q('[data-metric="empathy-vs-sympathy"]')?.getAttribute('data-value')).toBe('1:1');
    expect(q('[data-metric="longest-lecture-run"]')?.getAttribute('data-value')).toBe('2');
    expect(q('[data-metric="clinician-talk-share"]')?.closest('tr')?.textContent).toContain('from word counts, not labels');
    expect(qa('[data-metric]').map((e) => e.getAttribute('data-metric'))).toEqual(['reflection-to-question', 'empathy-vs-sympathy', 'clinician-talk-share', 'longest-lecture-run', 'goals', 'tasks']);
    expect(root.textContent).toContain('not the alliance itself');
    expect(root.querySelector('[data-bond-rule]')!.textContent).toContain('no clamping');
  });

  it('renders HTML in caption text as text', () => {
    summary(sampleRecord());
    expect(root.querySelector('b')).toBeNull();
    expect(q('[data-utterance="u8"] .text')?.textContent).toContain('<b>bold</b>');
  });

  it('draws one timeline mark per utterance, coloured by label, with a <title>, and tally lines', () => {
    const r = sampleRecord();
    summary(r);
    const marks = qa('svg[data-chart="utterances"] rect[data-utterance]');
    expect(marks).toHaveLength(r.utterances.length);
    const m3 = q('svg rect[data-utterance="u3"]');
    expect(m3?.getAttribute('data-label')).toBe('sympathy');
    expect(m3?.getAttribute('fill')).toBe('#E69F00');
    expect(m3?.querySelector('title')?.textContent).toBe('0:15 Clinician: sympathy');
    expect(qa('svg[data-chart="tally"] polyline').map((p) => p.getAttribute('data-line'))).toEqual(['goals', 'tasks', 'bond']);
  });

  it('charts: a pattern besides the colour, row names outside the plot, axes scaled to the call, hidden data tables', () => {
    const r = sampleRecord();
    summary(r);
    const svg = q('svg[data-chart="utterances"]')!;
    // sympathy has a pattern overlay over its colour; reflections are solid
    expect(svg.querySelector('rect.mark-pattern[fill="url(#ac-pat-sympathy)"]')).not.toBeNull();
    expect(svg.querySelector('pattern#ac-pat-sympathy')).not.toBeNull();
    const marksX = qa('svg[data-chart="utterances"] rect.mark').map((m) => Number(m.getAttribute('x')));
    const labelsX = qa('svg[data-chart="utterances"] .row-label').map((m) => Number(m.getAttribute('x')));
    expect(Math.min(...marksX)).toBeGreaterThan(Math.max(...labelsX));
    expect(qa('svg[data-chart="utterances"] .axis text').map((e) => e.textContent)).toEqual(['0:00', '0:30', '1:00', '1:30']);
    // tally: bond reaches 1 (windowed), goals and tasks 1: the axis is 0-1, not a fixed 0-10
    const tally = q('svg[data-chart="tally"]')!;
    expect(Number(tally.getAttribute('data-y-max'))).toBeLessThan(10);
    expect(tally.querySelectorAll('.line-goals circle.point, .line-tasks rect.point, .line-bond path.point').length).toBeGreaterThan(0);
    const table = q('table.visually-hidden[data-table="utterances"]')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(r.utterances.length);
    expect(table.textContent).not.toMatch(/exhausted|Maria/);
    expect(q('table.visually-hidden[data-table="tally"] tbody tr')).not.toBeNull();
    expect(svg.getAttribute('aria-labelledby')).toBe('ac-fig-utterances');
  });

  it('filters the transcript by label and by speaker, and a metric shows its utterances', () => {
    summary(sampleRecord());
    const shown = () => qa('.transcript li[data-utterance]').map((li) => li.getAttribute('data-utterance'));
    const pick = (sel: string, value: string) => act(() => {
      const el = q(sel) as HTMLSelectElement;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    pick('select[data-filter="label"]', 'lecture');
    expect(shown()).toEqual(['u4', 'u5']);
    pick('select[data-filter="label"]', '');
    pick('select[data-filter="speaker"]', 'Maria Gomez');
    expect(shown()).toEqual(['u2', 'u6', 'u8', 'u10', 'u12']);
    pick('select[data-filter="speaker"]', '');
    click(q('[data-metric-show="longest-lecture-run"]'));
    expect(shown()).toEqual(['u4', 'u5']);
    expect(document.activeElement?.classList.contains('filter-status')).toBe(true);
    expect(q('.filter-status')?.textContent).toContain('2 utterances behind');
    click(q('[data-metric-show="reflection-to-question"]'));
    expect(shown()).toEqual(['u1', 'u7', 'u9', 'u11', 'u13']);
    click(q('[data-metric-show="goals"]'));
    expect(shown()).toEqual(['u9', 'u10']);
    click(q('[data-action="clear-metric"]'));
    expect(shown()).toHaveLength(13);
  });

  it('a note per coaching moment and per call, saved through onNote; "Saved." only once stored', async () => {
    let store!: (ok: boolean) => void;
    const onNote = vi.fn(() => new Promise<boolean>((r) => { store = r; }));
    const r = { ...sampleRecord(), notes: { call: 'Try more reflections', moments: { p1: 'should have reflected' } } };
    summary(r, { onNote });
    const moment = q('[data-moment="p1"] [data-note-for="p1"] textarea') as HTMLTextAreaElement;
    // an existing note shows its text at once
    expect(moment.value).toBe('should have reflected');
    expect((q('[data-note-for="call"] textarea') as HTMLTextAreaElement).value).toBe('Try more reflections');
    expect(q('[data-note-for="call"] label')?.getAttribute('for')).toBe('ac-note-call');
    act(() => {
      moment.value = 'reflect the exhaustion first';
      moment.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(q('[data-note-save="p1"]'));
    expect(onNote).toHaveBeenCalledWith({ kind: 'moment', promptId: 'p1' }, 'reflect the exhaustion first');
    // Not yet stored: nothing claims it is.
    expect(q('[data-note-for="p1"] [role="status"]')?.textContent).toBe('');
    await act(async () => { store(true); await Promise.resolve(); });
    expect(q('[data-note-for="p1"] [role="status"]')?.textContent).toBe('Saved.');
  });

  it('a moment without a note shows only "Add a note" until asked; then the field takes focus', () => {
    summary(sampleRecord(), { onNote: vi.fn() });
    expect(q('[data-note-for="p1"] textarea')).toBeNull();
    click(q('[data-note-add="p1"]'));
    expect(document.activeElement).toBe(q('[data-note-for="p1"] textarea'));
    expect(q('[data-note-for="call"] textarea')).not.toBeNull(); // the call's note is always open
  });

  it('shows goals and tasks with their state and coaching moments with context and a better phrasing', () => {
    summary(sampleRecord());
    expect(q('[data-item="task:u11"]')?.getAttribute('data-state')).toBe('agreed');
    const moment = q('[data-moment="p1"]');
    expect(moment?.textContent).toContain('That sounded like sympathy');
    expect(moment?.textContent).toContain('It sounds like you\'re exhausted');
    expect(moment?.querySelectorAll('[data-utterance]').length).toBe(6);
    expect(moment?.querySelector('[data-utterance="u3"]')?.classList.contains('cause')).toBe(true);
  });

  it('offers a "Correct label" button per labelled clinician utterance, the choice only on demand, and calls back with the label', () => {
    const props = summary(sampleRecord());
    expect(qa('.transcript select')).toHaveLength(2); // the two filters; no drop-down per line
    const buttons = qa('.transcript button[data-dispute-open]');
    expect(buttons.map((s) => s.getAttribute('data-dispute-open'))).toEqual(['u1', 'u3', 'u4', 'u5', 'u7', 'u9', 'u11', 'u13']);
    expect(buttons.every((b) => b.classList.contains('on-demand'))).toBe(true);
    click(q('[data-dispute-open="u3"]'));
    const sel = q('select[data-dispute-for="u3"]') as HTMLSelectElement;
    expect(document.activeElement).toBe(sel);
    expect(q('.transcript li[data-utterance="u3"]')?.getAttribute('data-selected')).toBe('true');
    expect([...sel.options].map((o) => o.value)).not.toContain('sympathy');
    act(() => {
      sel.value = 'empathic_reflection';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onDispute).toHaveBeenCalledWith('u3', 'empathic_reflection' satisfies Label);
    expect(q('select[data-dispute-for="u3"]')).toBeNull(); // closes again
    click(q('[data-dispute-open="u4"]'));
    click(q('[data-dispute-close="u4"]'));
    // a click on the row selects it (shows its control where there is no hover); again deselects
    click(q('.transcript li[data-utterance="u5"] .text'));
    expect(q('.transcript li[data-utterance="u5"]')?.getAttribute('data-selected')).toBe('true');
    click(q('.transcript li[data-utterance="u5"] .text'));
    expect(q('.transcript li[data-utterance="u5"]')?.hasAttribute('data-selected')).toBe(false);
    expect(q('select[data-dispute-for]')).toBeNull();
  });

  it('marks disputed utterances and recomputes metrics with the correction', () => {
    const r = withDispute(sampleRecord(), 'u3', { label: 'empathic_reflection', atMs: 1 });
    summary(r);
    const row = q('.transcript [data-utterance="u3"]');
    expect(row?.getAttribute('data-disputed')).toBe('true');
    expect(row?.textContent).toContain('corrected from sympathy');
    expect(qa('.transcript [data-disputed="true"]')).toHaveLength(1);
    expect(q('[data-metric="empathy-vs-sympathy"]')?.getAttribute('data-value')).toBe('2:0');
    expect(q('[data-metric="reflection-to-question"]')?.getAttribute('data-value')).toBe('0.5');
    expect(q('[data-disputes]')?.textContent).toContain('1 label corrections');
    click(q('[data-dispute-open="u3"]'));
    expect((q('select[data-dispute-for="u3"]') as HTMLSelectElement).value).toBe('empathic_reflection');
  });

  it('export buttons follow the policy', () => {
    const props = summary(sampleRecord());
    expect(qa('[data-export]').map((b) => b.getAttribute('data-export'))).toEqual(['json', 'markdown', 'json-deidentified', 'markdown-deidentified']);
    click(q('[data-export="markdown-deidentified"]'));
    expect(props.onExport).toHaveBeenCalledWith({ format: 'markdown', deidentified: true });
    summary(sampleRecord(), { policy: { exportsAllowed: true, deidentifiedExportsOnly: true } });
    expect(qa('[data-export]').map((b) => b.getAttribute('data-export'))).toEqual(['json-deidentified', 'markdown-deidentified']);
    summary(sampleRecord(), { policy: { exportsAllowed: false, deidentifiedExportsOnly: false } });
    expect(qa('[data-export]')).toHaveLength(0);
    expect(q('[data-exports-off="true"]')).not.toBeNull();
  });

  it('deletes this call only after confirmation; cancel does nothing', () => {
    const props = summary(sampleRecord());
    click(q('[data-action="delete"]'));
    click(q('[data-confirm-no="delete"]'));
    expect(props.onDelete).not.toHaveBeenCalled();
    click(q('[data-action="delete"]'));
    click(q('[data-confirm-yes="delete"]'));
    expect(props.onDelete).toHaveBeenCalledWith('call-sample-1');
  });

  it('without a transcript: "(text not kept)", no names, disputes still possible', () => {
    summary(sampleRecord({ storeTranscript: false }));
    expect(root.textContent).not.toMatch(/Maria|Anna|exhausted/);
    expect(q('[data-utterance="u2"] .text')?.textContent).toBe('(text not kept)');
    expect(q('[data-dispute-open="u3"]')).not.toBeNull();
    expect(root.textContent).toContain('agreement was not re-checked');
    expect(q('[data-notes-off="true"]')).not.toBeNull();
    expect(q('[data-note-for]')).toBeNull();
  });
});

describe("a call that kept only the clinician's lines", () => {
  it('shows the clinician lines and marks the patient lines as not kept, in English and Spanish', () => {
    const record = sampleRecord({ storeTranscript: true, clinicianLinesOnly: true });
    summary(record);
    expect(q('[data-utterance="u7"] .text')?.textContent).toBe('It sounds like these nights have been wearing you down.');
    expect(q('[data-utterance="u2"] .text')?.textContent).toBe("(not kept: only the clinician's lines are kept for this call)");
    expect(root.textContent).not.toMatch(/exhausted|Peter|Gomez|555-123/);
    const es = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Record<string, MessageEntry>;
    summary(record, { t: makeT(lookupFromMessages(es)), locale: 'es' });
    expect(q('[data-utterance="u2"] .text')?.textContent).toBe('(no guardado: de esta llamada solo se guardan las intervenciones del profesional)');
  });
});

describe('print stylesheet', () => {
  it('has an @media print block that hides controls', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/ui/summary/summary.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.no-print, button, select[^{]*\{ display: none !important; \}/);
    expect(print).toContain('break-inside: avoid');
  });
});

// Finding 5: print obeys the export policy, for the button and for what paper shows.
describe('print follows the export policy', () => {
  const show = (policy: { exportsAllowed: boolean; deidentifiedExportsOnly: boolean }) =>
    act(() => render(h('div', null, h(PrintView, { record: sampleRecord(), policy, t }), h(CallSummary, { record: sampleRecord(), t, policy, onDispute: vi.fn(), onExport: vi.fn(), onDelete: vi.fn(), onPrint: vi.fn() })), root));

  it('exports allowed: a print button, and paper shows the page as it is', () => {
    show({ exportsAllowed: true, deidentifiedExportsOnly: false });
    expect(root.querySelector('[data-action="print"]')).not.toBeNull();
    expect(root.querySelector('.print-only')).toBeNull();
  });

  it('exports off: no print button, and paper shows only a notice', () => {
    show({ exportsAllowed: false, deidentifiedExportsOnly: false });
    expect(root.querySelector('[data-action="print"]')).toBeNull();
    const paper = root.querySelector('.print-only')!;
    expect(paper.getAttribute('data-print')).toBe('off');
    expect(paper.textContent).toBe(t('summary_print_off'));
  });

  it('de-identified only: paper shows the de-identified view, no caption text or names', () => {
    show({ exportsAllowed: true, deidentifiedExportsOnly: true });
    expect(root.querySelector('[data-action="print"]')).not.toBeNull();
    const paper = root.querySelector('.print-only')!;
    expect(paper.getAttribute('data-print')).toBe('deidentified');
    const text = paper.textContent ?? '';
    for (const phi of ['Maria', 'Anna', 'Gomez', 'Peter', '555-123-4567', 'exhausted']) expect(text).not.toContain(phi);
    expect(paper.querySelector('[data-deidentified="true"]')).not.toBeNull();
    expect(paper.querySelector('[data-metric]')).not.toBeNull();
  });

  it('the stylesheet prints only .print-only when it exists', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/ui/summary/summary.css'), 'utf8');
    expect(css).toMatch(/\.print-only \{ display: none; \}/);
    expect(css.slice(css.indexOf('@media print'))).toMatch(/\.screen-only \{ display: none !important; \}/);
  });
});
