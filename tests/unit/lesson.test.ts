import { describe, expect, it } from 'vitest';
import { disclosureSteps, planMinutes, printedAddress, startTimes } from '../../src/lib/lesson';

describe('a lesson plan', () => {
	it('times its stages', () => {
		const plan = [{ minutes: 5 }, { minutes: 20 }, { minutes: 10 }];
		expect(planMinutes(plan)).toBe(35);
		expect(startTimes(plan)).toEqual([0, 5, 25]);
	});

	it('tells the DSL before the write-up, when a pupil discloses (act at once; then write it down)', () => {
		expect(disclosureSteps.indexOf('tell')).toBeLessThan(disclosureSteps.indexOf('record'));
		expect(disclosureSteps.slice(0, 2)).toEqual(['listen', 'noSecrets']);
	});

	it('prints full addresses on its sheets when the site’s address is known, and the path otherwise', () => {
		expect(printedAddress('/tools/age-checker/', new URL('https://policy.example.sch.uk/'))).toBe(
			'https://policy.example.sch.uk/tools/age-checker/'
		);
		expect(printedAddress('/sub/tools/age-checker/', new URL('https://example.org/sub/'))).toBe(
			'https://example.org/sub/tools/age-checker/'
		);
		expect(printedAddress('/tools/age-checker/', undefined)).toBe('/tools/age-checker/');
	});
});
