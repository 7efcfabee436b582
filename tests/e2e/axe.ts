/** axe-core in the browser tests: the serious and critical violations of a page, described in one line each. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * axe-core evaluated through the DevTools protocol: the page's Content-Security-Policy refuses an
 * injected <script>, and it is right to.
 */
export async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } };
    const result = await w.axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export const serious = (vs: Violation[]) =>
  vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
export const describeViolations = (vs: Violation[]) =>
  vs.map(
    (v) =>
      `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
