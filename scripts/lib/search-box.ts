import type { CDPSession, Page } from 'playwright-core';

/** The site's search box, used as a reader uses it: the button, the dialog, the input, the results. */
export const searchBox = {
	button: (page: Page) => page.locator('site-search [data-search-open]'),
	dialog: (page: Page) => page.getByRole('dialog', { name: 'Search this site' }),
	input: (page: Page) => page.getByRole('combobox', { name: 'Search this site' }),
	results: (page: Page) => page.locator('site-search [role="listbox"] [role="option"]'),
	status: (page: Page) => page.locator('site-search [data-search-status]'),
};

/** Opens the search dialog with its button, once the button is ready. */
export async function openSearch(page: Page) {
	await page.locator('site-search[data-ready]').waitFor({ state: 'attached' });
	await searchBox.button(page).click();
	await searchBox.input(page).waitFor();
}

/** Waits until the box has answered `query` (its results, or the kind no-result state, are on screen). */
export async function answered(page: Page, query: string) {
	await page.waitForFunction(
		(typed) =>
			(document.querySelector<HTMLElement>('site-search')?.dataset.searched ?? '') === typed.trim(),
		query
	);
}

/** Types a query into the open search box and gives the addresses of the results it shows, in order, within the site. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
	const input = searchBox.input(page);
	// The answer waited for must be this query's, with the filter as it is now: when the box last answered this same
	// query (perhaps before the filter changed), it is cleared first; any other answer it shows is not this one's.
	const shown = await page.evaluate(
		() => document.querySelector<HTMLElement>('site-search')?.dataset.searched ?? ''
	);
	if (shown === query.trim()) {
		await input.fill('');
		await answered(page, '');
	}
	await input.fill(query);
	await answered(page, query);
	return searchBox.results(page).evaluateAll((options) => {
		// Each address within the site, as the question lists name pages: "/social-media/contacts/" is "/contacts/".
		const base = document.querySelector<HTMLElement>('site-search')?.dataset.base ?? '/';
		return options.map((option) => {
			const path = (option as HTMLElement).dataset.path ?? '';
			return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
		});
	});
}

/**
 * Searches for each query in turn in the open search box and gives each one's result addresses, in order: the whole
 * list in one call inside the page, for the tests that measure ranking only. Each query is put in the box as typing
 * puts it (its value, then an `input` event, which is what the box listens to) and waited for as `searchFor` waits
 * (the box's `data-searched`); one round trip for the list instead of several for each query. `searchFor` and the
 * keyboard tests type through the page as a person does.
 */
export async function searchEach(page: Page, queries: readonly string[]): Promise<string[][]> {
	await searchBox.input(page).waitFor();
	return page.evaluate(async (all) => {
		const root = document.querySelector<HTMLElement>('site-search')!;
		const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
		const answered = (query: string) =>
			new Promise<void>((done) => {
				const check = () =>
					(root.dataset.searched ?? '') === query.trim() ? done() : requestAnimationFrame(check);
				check();
			});
		const type = async (query: string) => {
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await answered(query);
		};
		const found: string[][] = [];
		for (const query of all) {
			// As in searchFor: an answer to this same query shown already may be from before the filter changed.
			if ((root.dataset.searched ?? '') === query.trim()) await type('');
			await type(query);
			found.push(
				[...root.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')].map(
					// Within the site, as in searchFor.
					(option) => {
						const path = option.dataset.path ?? '';
						const base = root.dataset.base ?? '/';
						return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
					}
				)
			);
		}
		return found;
	}, queries);
}

/**
 * How long the box takes to show results after the last keystroke, in milliseconds, for each query, typed
 * a key at a time with the CPU slowed `cpuSlowdown` times (Chrome's own throttling, as the bench's
 * simulated phone). The first search warms Pagefind's index, as a reader's first letters would.
 */
export async function searchLatency(
	page: Page,
	queries: readonly string[],
	cpuSlowdown = 4
): Promise<number[]> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	await openSearch(page);
	await page.locator('site-search[data-search-ready]').waitFor({ state: 'attached' });
	await searchFor(page, 'school');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	const timings: number[] = [];
	try {
		for (const query of queries) {
			const input = searchBox.input(page);
			await input.fill('');
			await answered(page, '');
			await input.pressSequentially(query);
			// Time from the last key's input event to the answer, measured inside the page.
			const elapsed = await page.evaluate(
				(typed) =>
					new Promise<number>((resolve) => {
						const root = document.querySelector<HTMLElement>('site-search')!;
						const started =
							(window as unknown as { __lastKey?: number }).__lastKey ?? performance.now();
						const check = () =>
							root.dataset.searched === typed
								? resolve(performance.now() - started)
								: requestAnimationFrame(check);
						check();
					}),
				query.trim()
			);
			timings.push(elapsed);
		}
	} finally {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	}
	return timings;
}

/** Records the time of each keystroke in the search box, for `searchLatency` (call before the page loads). */
export async function watchKeystrokes(page: Page) {
	await page.addInitScript(() => {
		document.addEventListener(
			'input',
			(event) => {
				if ((event.target as Element | null)?.matches?.('site-search input[type="search"]'))
					(window as unknown as { __lastKey?: number }).__lastKey = performance.now();
			},
			true
		);
	});
}
