// Coding follows the caption language, end to end in the built extension: a Spanish visit on the
// Meet fixture is labelled by the on-device model (one model codes English and Spanish), and a line
// in French gets no label at all; the panel says it can't code that language instead of showing
// confident English-model labels.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { feed } from './panel-feed';

const MEET = 'https://meet.google.com/esp-anol-abc';
const PACE = { wordMs: 25, stepMs: 80 };
const dr = (text: string) => ({ self: true, speaker: 'Dra. Alicia Soto', text });
const pt = (text: string) => ({ speaker: 'Roberto Jiménez', text });

async function say(call: Page, steps: object[]): Promise<void> {
  await call.evaluate(({ steps, pace }) => (window as any).__fixture.play({ steps }, pace), { steps, pace: PACE });
}

describe.skipIf(!haveBrowser())('coding follows the caption language (Meet fixture, built extension)', () => {
  let h: Harness;
  let call: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launch();
    call = await h.openCall(MEET);
    panel = await h.openPanel(await h.tabIdFor('meet'));
  });
  afterAll(async () => { await h?.close(); });

  it('labels Spanish clinician lines with the codebook labels', async () => {
    const lines = [
      dr('buenos días roberto, ¿cómo ha estado la rodilla esta semana?'),
      pt('pues fatal, no puedo dormir por el dolor y estoy agotado'),
      dr('ay pobrecito, qué horror, lo siento mucho'),
      dr('o sea que el dolor no le deja descansar y eso le tiene agotado'),
      dr('¿qué le gustaría poder hacer de nuevo cuando mejore la rodilla?'),
    ];
    await say(call, lines);
    await expect.poll(async () => (await feed(panel)).filter((r) => r.role === 'clinician' && r.label).length, { timeout: 20_000 }).toBe(4);
    const labels = (await feed(panel)).filter((r) => r.role === 'clinician').map((r) => r.label);
    expect(labels).toEqual(['question', 'sympathy', 'empathic_reflection', 'goal_setting']);
    expect(await panel.locator('[data-language-uncoded]').count()).toBe(0);
  });

  it('gives a French line no label and says the language cannot be coded', async () => {
    const french = 'bonjour monsieur, vous devez prendre ces comprimés deux fois par jour avec le repas';
    await say(call, [dr(french)]);
    await expect.poll(async () => (await feed(panel)).some((r) => r.text === french), { timeout: 20_000 }).toBe(true);
    const row = (await feed(panel)).find((r) => r.text === french)!;
    expect(row.label).toBeNull();
    const note = panel.locator('[data-language-uncoded]');
    await expect.poll(() => note.getAttribute('data-language-uncoded'), { timeout: 10_000 }).toBe('fr');
    expect(await note.textContent()).toMatch(/French/);
    expect(h.egress).toEqual([]);
  });
});
