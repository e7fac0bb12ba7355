// axe-core in an extension page: injected by evaluating the source of axe.min.js through the
// DevTools protocol (page.evaluate of the file's text). The extension CSP (script-src 'self') would
// block a script tag pointing anywhere else, and we do not ship axe in dist/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type W = typeof globalThis & { axe: any };

export interface AxeIssue { id: string; impact: string | null; help: string; nodes: string[] }

/** Runs axe-core (WCAG 2 A/AA rules and best practices) on the page; returns serious + critical issues. */
export async function axeSerious(page: Page): Promise<AxeIssue[]> {
  if (!(await page.evaluate(() => typeof (globalThis as W).axe !== 'undefined'))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await (globalThis as W).axe.run(document, { resultTypes: ['violations'] });
    return (r.violations as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>)
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
