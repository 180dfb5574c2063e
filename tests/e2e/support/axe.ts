import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/**
 * axe-core, run in the page itself. `@axe-core/playwright`'s AxeBuilder injects axe-core's source again on every
 * `analyze()` and, to gather frames' results, opens a new tab for each analysis, injects the source there too and
 * finishes the run in it: more than half of what an analysis costs here (measured on 9 policy pages, each checked
 * four times: 70 s and 35 CPU seconds with AxeBuilder, 29 s and 16 CPU seconds run in the page). The site's pages
 * have no frames, so axe-core's own `axe.run` in the page checks the same elements with the same rules and options:
 * this injects the source once per document, from the copy of axe-core that `@axe-core/playwright` uses, and runs
 * it there. A page with a frame is refused, so nothing inside a frame goes unchecked.
 */
const require = createRequire(import.meta.url);
const axeSource: string = (
	require(
		require.resolve('axe-core', { paths: [dirname(require.resolve('@axe-core/playwright'))] })
	) as { source: string }
).source;

/** The WCAG 2.2 AA rule set, by axe-core's tags. */
export const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's results for the open page (or the part of it `context` names), run in the page with `options`. */
export async function runAxe(
	page: Page,
	options: RunOptions,
	context?: ElementContext
): Promise<AxeResults> {
	if (await page.evaluate(() => window.frames.length > 0))
		throw new Error(
			'The page has a frame: axe-core run in the page does not look inside it (support/axe.ts).'
		);
	if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object')))
		await page.evaluate(axeSource);
	return page.evaluate(
		({ options, context }) =>
			(
				window as unknown as {
					axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> };
				}
			).axe.run(context ?? document, options),
		{ options, context }
	);
}

/**
 * axe's violations in the open page, one line each ("rule-id: selector, selector"): with every WCAG 2.2 AA rule, or
 * with only the named rules (`rules`).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	const { violations } = await runAxe(page, {
		runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcag },
	});
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}
