import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lightenSelectIcons } from '../../src/lib/select-icons';

const picker = readFileSync(
	new URL('../fixtures/select-icons/picker.html', import.meta.url),
	'utf8'
);

describe('lightenSelectIcons (the language and theme pickers’ icons drawn by the stylesheet)', () => {
	const html = lightenSelectIcons(picker, 'translate');

	it('draws the label icon and the caret as empty, hidden spans with the classes they had', () => {
		expect(html).toContain(
			'<span aria-hidden="true" class="icon label-icon astro-x sl-select-icon sl-select-icon--translate"></span>'
		);
		expect(html).toContain(
			'<span aria-hidden="true" class="icon caret astro-x sl-select-icon sl-select-icon--down-caret"></span>'
		);
		expect(html).not.toContain('M1 1h2');
		expect(html).not.toContain('M2 2h1');
	});

	/** The part of the fixture matched by `pattern`, exactly as written there. */
	const fromFixture = (pattern: RegExp): string => {
		const found = pattern.exec(picker)?.[0];
		if (!found) throw new Error(`tests/fixtures/select-icons/picker.html has no ${pattern}`);
		return found;
	};

	it('leaves the label, the select and its options exactly as they were', () => {
		expect(html).toContain(fromFixture(/<span class="sr-only[^]*?<\/span>/));
		expect(html).toContain(fromFixture(/<select[^]*?<\/select>/));
	});

	it('keeps an SVG that names something, and a decorative SVG that is neither icon', () => {
		expect(html).toContain(fromFixture(/<svg aria-label="A named picture"[^]*?<\/svg>/));
		expect(html).toContain(fromFixture(/<svg aria-hidden="true" class="other"[^]*?<\/svg>/));
	});

	it('uses the label icon it is given', () => {
		expect(lightenSelectIcons(picker, 'laptop')).toContain('sl-select-icon--laptop');
	});
});
