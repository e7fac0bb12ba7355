// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Label, Scores } from '../../src/classifier/labels';
import type { CoachView, LabelledUtterance } from '../../src/coach/types';
import { lookupFromMessages } from '../../src/ui/common/i18n';
import { Panel, type PanelModel } from '../../src/ui/panel';

const en = lookupFromMessages(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const es = lookupFromMessages(JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8')));

function scores(label: Label, p: number): Scores {
  const s: Scores = { empathic_reflection: 0, sympathy: 0, lecture: 0, goal_setting: 0, task_agreement: 0, question: 0, other: 0 };
  s[label] = p;
  return s;
}

const feed: LabelledUtterance[] = [
  { id: 'u1', speaker: 'Dr Lee', role: 'clinician', text: 'How has the knee been?', startMs: 0, endMs: 2000, revision: 0, label: 'question', scores: scores('question', 0.873) },
  { id: 'u2', speaker: 'Pat', role: 'patient', text: 'Worse. <img src=x onerror=alert(1)> <b>really</b>', startMs: 3000, endMs: 5000, revision: 0 },
  { id: 'u3', speaker: 'Dr Lee', role: 'clinician', text: 'Right, that knee.', startMs: 6000, endMs: 7000, revision: 0, label: 'empathic_reflection', scores: scores('empathic_reflection', 0.41), confidence: 0.41, unsure: true },
];

const coach: CoachView = {
  paused: false,
  coachingEnabled: true,
  prompt: null,
  ack: null,
  goals: [{ id: 'goal:g1', kind: 'goal', text: 'Walk to the shop without pain', state: 'agreed', proposedBy: 'clinician', evidence: [
    { utteranceId: 'g1', why: 'proposed', role: 'clinician', speaker: 'Dr Lee', text: 'So the goal is walking to the shop without pain.' },
    { utteranceId: 'y1', why: 'assent', role: 'patient', speaker: 'Pat', text: 'Yes, definitely.' },
  ] }],
  tasks: [],
  bond: { value: 2, builds: 1, wears: 0, windowMin: 10, totalChanges: 2, changes: [
    { kind: 'empathic-reflection', delta: 1, value: 1, evidence: [{ utteranceId: 'e1', why: 'empathic-reflection', role: 'clinician', speaker: 'Dr Lee', text: 'It sounds like nights are hard.' }] },
    { kind: 'sympathy', delta: 0, value: 1, evidence: [] },
  ] },
  counts: { empathy: 1, sympathy: 1, affirmations: 0 },
};

function model(over: Partial<PanelModel> = {}): PanelModel {
  return { health: { state: 'capturing' }, platform: 'meet', classifier: { state: 'ready' }, paused: false, coach, feed, ...over };
}

let root: HTMLElement;
const onPromptAction = vi.fn();
const onPause = vi.fn();
const onOpenSummary = vi.fn();
const onBlank = vi.fn();
const onSelfName = vi.fn();
const onSpeakerRole = vi.fn();
function show(m: PanelModel, getMessage = en, extra: Record<string, unknown> = {}) {
  render(h(Panel, { model: m, getMessage, onPromptAction, onPause, onOpenSummary, onBlank, onSelfName, onSpeakerRole, ...extra }), root);
}
const $ = (sel: string) => root.querySelector(sel);

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  vi.clearAllMocks();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Panel', () => {
  it('has the status region before any prompt appears', () => {
    show(model());
    const region = $('[role="status"]');
    expect(region).not.toBeNull();
    expect(region!.getAttribute('aria-live')).toBe('polite');
    expect($('[data-prompt-kind]')).toBeNull();
  });

  it('shows the prompt in plain words (headline + example) with working buttons inside the same region; the reason sits behind the disclosure', () => {
    show(model());
    const region = $('[role="status"]');
    show(model({ coach: { ...coach, prompt: { id: 'p7', kind: 'reflect-sympathy', headlineKey: 'coach_head_reflect', reasonKey: 'coach_reason_sympathy', reasonSubs: [], suggestionKey: 'coach_ex_tired_topic', suggestionSubs: ['@coach_topic_sleep'], shownMs: 0, expiresMs: 45_000 } } }));
    expect($('[role="status"]')).toBe(region); // the same live region node, so it gets announced
    const card = region!.querySelector('[data-prompt-kind="reflect-sympathy"]')!;
    expect(card.querySelector('.ac-prompt-headline')!.textContent).toBe('Reflect the feeling');
    expect(card.querySelector('.ac-prompt-suggestion')!.textContent).toBe('“You\'re worn down by the nights.”');
    expect(card.textContent).not.toMatch(/sympathy|empath/i); // no theory words in the live panel
    expect($('details.ac-more .ac-prompt-reason')!.textContent).toContain('sympathy');
    const buttons = [...card.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Dismiss')!.click();
    buttons.find((b) => b.textContent === 'Snooze')!.click();
    expect(onPromptAction.mock.calls).toEqual([['p7', 'dismiss'], ['p7', 'snooze']]);
  });

  it('acknowledges a resolved prompt briefly in the same region', () => {
    show(model({ coach: { ...coach, ack: { kind: 'unreflected-emotion', headlineKey: 'coach_head_reflect' } } }));
    const ack = $('[role="status"] [data-prompt-resolved="unreflected-emotion"]')!;
    expect(ack.textContent).toBe('Done: Reflect the feeling');
    expect($('[data-prompt-kind]')).toBeNull();
  });

  it('shows a compact goals / tasks / bond strip; the evidence and the bond rule sit behind one disclosure', () => {
    show(model());
    expect($('[data-pillar="goals"]')!.getAttribute('data-value')).toBe('1');
    expect($('[data-pillar="tasks"]')!.getAttribute('data-value')).toBe('0');
    expect($('[data-pillar="bond"]')!.getAttribute('data-value')).toBe('2');
    expect($('[data-pillar="goals"]')!.textContent).toBe('Goals 1 (1 agreed)');
    expect($('[data-pillar="bond"]')!.textContent).toBe('Bond +2');
    expect(root.querySelectorAll('details.ac-more')).toHaveLength(1);
    const more = $('details.ac-more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    for (const sel of ['.ac-feed', '.ac-tally', '[data-bond-kind]', '.ac-conf']) expect(more.querySelector(sel), sel).not.toBeNull();
    expect(root.querySelector('.ac-feed')!.closest('details.ac-more')).toBe(more);
    const goal = $('[data-detail="goals"] details')!;
    expect(goal.querySelector('summary')!.textContent).toContain('Walk to the shop without pain');
    expect(goal.textContent).toContain('Yes, definitely.');
    const bond = [...root.querySelectorAll('[data-detail="bond"] [data-bond-kind]')];
    expect(bond.map((b) => b.getAttribute('data-bond-kind'))).toEqual(['sympathy', 'empathic-reflection']);
    expect(bond[1]!.querySelector('summary')!.textContent).toContain('+1');
    expect($('[data-bond-rule]')!.textContent).toContain('No clamping');
    expect($('[data-bond-rule]')!.textContent).toContain('after asking permission');
    expect(root.textContent).toContain('not the alliance itself');
  });

  it('feed items carry data-role and data-label with a human label and confidence; unsure ones are marked', () => {
    show(model());
    const items = root.querySelectorAll('.ac-feed-list > li');
    expect(items).toHaveLength(3);
    expect(items[0]!.getAttribute('data-role')).toBe('clinician');
    expect(items[0]!.getAttribute('data-label')).toBe('question');
    expect(items[0]!.hasAttribute('data-unsure')).toBe(false);
    expect(items[0]!.textContent).toContain('Question');
    expect(items[0]!.textContent).toContain('87%');
    expect(items[1]!.getAttribute('data-role')).toBe('patient');
    expect(items[1]!.hasAttribute('data-label')).toBe(false);
    expect(items[2]!.getAttribute('data-label')).toBe('empathic_reflection'); // the model's label, kept
    expect(items[2]!.getAttribute('data-unsure')).toBe('true');
    expect(items[2]!.querySelector('.ac-unsure-mark')!.textContent).toContain('unsure');
  });

  it('blanks to a neutral screen at once and comes back', () => {
    show(model({ coach: { ...coach, prompt: { id: 'p1', kind: 'no-goal', headlineKey: 'coach_head_goal', reasonKey: 'coach_reason_no_goal', reasonSubs: ['5'], suggestionKey: 'coach_ex_goal', suggestionSubs: [], shownMs: 0, expiresMs: 1 } } }));
    ($('.ac-blank-toggle') as HTMLButtonElement).click();
    expect(onBlank).toHaveBeenCalledWith(true);
    show(model(), en, { blank: true });
    expect($('[data-blank="true"]')).not.toBeNull();
    for (const sel of ['[data-prompt-kind]', '[data-pillar]', '.ac-feed', '[role="status"]']) expect($(sel), sel).toBeNull();
    expect(root.textContent).not.toContain('Dr Lee');
    expect($('.ac-blank-toggle')!.getAttribute('aria-pressed')).toBe('true');
    ($('.ac-blank-toggle') as HTMLButtonElement).click();
    expect(onBlank).toHaveBeenLastCalledWith(false);
  });

  it('leaves room above the prompt area for another component', () => {
    show(model(), en, { beforePrompt: h('div', { 'data-safety': 'ok' }) });
    const safety = $('[data-safety]')!;
    expect(safety.nextElementSibling).toBe($('[role="status"]'));
  });

  it('asks unobtrusively to confirm a detected self name, and corrects roles live', () => {
    show(model({ selfCheck: { name: 'Dr Lee' } }));
    ($('[data-self-check="Dr Lee"] button') as HTMLButtonElement).click();
    expect(onSelfName).toHaveBeenCalledWith('Dr Lee');
    const pat = $('select[data-speaker-role="Pat"]') as HTMLSelectElement;
    expect(pat.value).toBe('patient');
    expect(($('select[data-speaker-role="Dr Lee"]') as HTMLSelectElement).value).toBe('me');
    pat.value = 'interpreter';
    pat.dispatchEvent(new Event('change'));
    expect(onSpeakerRole).toHaveBeenCalledWith('Pat', 'interpreter');
  });

  it('renders HTML in caption text as text', () => {
    show(model());
    const patient = root.querySelectorAll('.ac-feed-list > li')[1]!;
    expect(patient.querySelector('img, b')).toBeNull();
    expect(patient.querySelector('.ac-text')!.textContent).toBe(feed[1]!.text);
  });

  it('says what capture and the model are doing', () => {
    show(model({ health: { state: 'captions-off' }, platform: 'teams', classifier: { state: 'loading' } }));
    const health = $('[data-health]')!;
    expect(health.getAttribute('data-health')).toBe('captions-off');
    expect(health.textContent).toContain('Microsoft Teams');
    expect(health.textContent).toContain('Turn on live captions');
    expect($('[data-model-state]')!.getAttribute('data-model-state')).toBe('loading');
    show(model({ health: { state: 'captions-off' }, captionHint: 'Custom hint' }));
    expect($('[data-health]')!.textContent).toContain('Custom hint');
    show(model({ health: { state: 'layout-unknown' }, classifier: { state: 'failed', error: 'x' } }));
    expect($('[data-health]')!.getAttribute('data-health')).toBe('layout-unknown');
    expect($('[data-model-state]')!.getAttribute('data-model-state')).toBe('failed');
  });

  it('pause toggles and the summary button appears only with a summary', () => {
    show(model());
    expect($('.ac-summary')).toBeNull();
    ($('.ac-pause') as HTMLButtonElement).click();
    expect(onPause).toHaveBeenCalledWith(true);
    show(model({ paused: true, coach: { ...coach, paused: true }, summaryUrl: 'summary.html#c1' }));
    expect($('.ac-pause')!.getAttribute('aria-pressed')).toBe('true');
    expect($('[role="status"]')!.textContent).toContain('paused');
    ($('.ac-summary') as HTMLButtonElement).click();
    expect(onOpenSummary).toHaveBeenCalled();
  });

  it('every control is a native button or <summary> (keyboard reachable)', () => {
    show(model({ coach: { ...coach, prompt: { id: 'p1', kind: 'no-goal', headlineKey: 'coach_head_goal', reasonKey: 'coach_reason_no_goal', reasonSubs: ['5'], suggestionKey: 'coach_ex_goal', suggestionSubs: [], shownMs: 0, expiresMs: 1 } } }));
    expect(root.querySelectorAll('[onclick], a:not([href]), div[tabindex]')).toHaveLength(0);
    expect(root.querySelectorAll('button').length).toBeGreaterThanOrEqual(5);
    expect(root.querySelectorAll('details > summary').length).toBe(4); // the disclosure + 1 goal + 2 bond changes
  });

  it('renders in Spanish', () => {
    show(model(), es);
    expect($('[data-pillar="goals"]')!.textContent).toContain('Metas');
    expect(root.textContent).toContain('Pregunta');
  });
});

describe('blank command', () => {
  it('is declared in the manifest under the name the worker listens for, with a shortcut and a localised description', async () => {
    const { BLANK_COMMAND } = await import('../../src/messaging/protocol');
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { commands: Record<string, { suggested_key: { default: string }; description: string }> };
    const cmd = manifest.commands[BLANK_COMMAND]!;
    expect(cmd.suggested_key.default).toBe('Alt+Shift+B');
    const key = cmd.description.replace(/^__MSG_|__$/g, '');
    for (const lang of ['en', 'es']) expect(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'))[key]?.message).toBeTruthy();
  });
});
