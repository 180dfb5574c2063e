import { describe, expect, it } from 'vitest';
import {
	accentCss,
	accentPairs,
	accentPalette,
	accentProblem,
	contrast,
} from '../../src/lib/accent';

// Colours a school might give: a dark navy, a mid green, Starlight's own blue, a bright yellow and a pale pink.
const usable = ['#1d3557', '#2e7d32', '#1d4ed8'];
const tooLight = ['#ffcc00', '#f8bbd0'];

describe('the school’s accent colour', () => {
	it('measures contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
	});

	it.each(usable)(
		'%s gives text of at least 4.5:1 wherever its shades carry text, in both themes',
		(colour) => {
			expect(accentProblem(colour)).toBeUndefined();
			for (const { where, text, on } of accentPairs(accentPalette(colour)))
				expect(contrast(text, on), where).toBeGreaterThanOrEqual(4.5);
		}
	);

	it.each(tooLight)(
		'%s is refused, with where it fails and a darker shade that passes',
		(colour) => {
			const problem = accentProblem(colour)!;
			expect(problem).toMatch(/too light for links on a white page/);
			const suggested = problem.match(/such as “(#[0-9a-f]{6})”/)![1]!;
			expect(contrast(suggested, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		}
	);

	it('sets Starlight’s three accent variables in the dark theme and the light one', () => {
		const css = accentCss('#1d3557');
		expect(css.match(/--sl-color-accent(-low|-high)?:#[0-9a-f]{6};/g)).toHaveLength(9);
		expect(css).toContain(":root:root[data-theme='light']{--sl-color-accent-low:");
		expect(css).toContain('--sl-color-accent:#1d3557;');
	});
});
