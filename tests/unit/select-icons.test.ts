import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lightenSelectIcons } from '../../src/lib/select-icons';

const picker = readFileSync(new URL('../fixtures/select-icons/picker.html', import.meta.url), 'utf8');

describe('lightenSelectIcons (the language and theme pickers’ icons drawn by the stylesheet)', () => {
	const html = lightenSelectIcons(picker, 'translate');

	it('draws the label icon and the caret as empty, hidden spans with the classes they had', () => {
		expect(html).toContain(
			'<span aria-hidden="true" class="icon label-icon astro-x sl-select-icon sl-select-icon--translate"></span>',
		);
		expect(html).toContain(
			'<span aria-hidden="true" class="icon caret astro-x sl-select-icon sl-select-icon--down-caret"></span>',
		);
		expect(html).not.toContain('M1 1h2');
		expect(html).not.toContain('M2 2h1');
	});

	it('leaves the label, the select and its options exactly as they were', () => {
		expect(html).toContain('<span class="sr-only astro-x">Pick one</span>');
		expect(html).toContain(
			'<select autocomplete="off" class="astro-x"><option value="a" selected>A</option><option value="b">B</option></select>',
		);
	});

	it('keeps an SVG that names something, and a decorative SVG that is neither icon', () => {
		expect(html).toContain('<svg aria-label="A named picture" class="label-icon"><path d="M3 3h1"/></svg>');
		expect(html).toContain('<svg aria-hidden="true" class="other"><path d="M4 4h1"/></svg>');
	});

	it('uses the label icon it is given', () => {
		expect(lightenSelectIcons(picker, 'laptop')).toContain('sl-select-icon--laptop');
	});
});
