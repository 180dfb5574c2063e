import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appSchema, type App } from '../../src/schemas/apps';
import { parseListFile } from '../../src/lib/data-file';
import { appsForAge, checkAge, findApp, normalise, readAge, standing, suggestApps, type Verdict } from '../../src/lib/age-check';
import { termsHeadline } from '../../src/lib/age-verdict';

const apps: App[] = parseListFile(readFileSync(new URL('../../content/data/apps.yaml', import.meta.url), 'utf8'), appSchema, 'apps.yaml');
const today = '2026-11-24';
const check = (app: string, age: string, mode: 'years' | 'birth' | 'year-group' = 'years') => checkAge(apps, { app, age, mode, today });
const checked = (verdict: Verdict) => {
	if (verdict.kind !== 'checked') throw new Error(`expected a checked verdict, got ${verdict.kind}`);
	return verdict;
};

describe('finding an app', () => {
	it.each([
		['insta', 'instagram'],
		['IG', 'instagram'],
		['snap', 'snapchat'],
		['yt', 'youtube'],
		['cod', 'call-of-duty'],
		['gta', 'gta-v'],
		['  Pokemon   Go ', 'pokemon-go'],
		['pokémon go', 'pokemon-go'],
		['twitter', 'x'],
	])('“%s” is %s', (query, id) => {
		expect(findApp(apps, query)?.id).toBe(id);
	});

	it('ignores case, accents and punctuation', () => {
		expect(normalise('  Pokémon GO! ')).toBe('pokemon go');
	});

	it('suggests names that start with what was typed before those that merely contain it', () => {
		const names = suggestApps(apps, 'ins').map((app) => app.id);
		expect(names[0]).toBe('instagram');
		expect(suggestApps(apps, 'tube').map((app) => app.id)).toEqual(expect.arrayContaining(['youtube', 'youtube-kids']));
	});

	it('suggests nothing for nonsense', () => {
		expect(suggestApps(apps, 'zzqqxx')).toEqual([]);
	});
});

describe('the verdict for an age in years', () => {
	it('says a child of 12 does not yet meet Instagram’s 13, with a year to go', () => {
		const verdict = checked(check('insta', '12'));
		expect(verdict.terms).toEqual({ kind: 'not-yet', years: 1 });
		expect(termsHeadline(verdict.app, verdict.age, verdict.terms)).toBe('Not yet: Instagram’s minimum age is 13. A child of 12 will reach it in 1 year.');
	});

	it('says a child of 13 meets it', () => {
		expect(checked(check('Instagram', '13')).terms).toEqual({ kind: 'meets' });
	});

	it('uses WhatsApp’s current age of 13, not the 16 it was until April 2024', () => {
		expect(checked(check('whatsapp', '13')).terms).toEqual({ kind: 'meets' });
	});

	it('gives a game’s PEGI rating as well', () => {
		const verdict = checked(check('gta', '16'));
		expect(verdict.pegi).toEqual({ kind: 'not-yet', years: 2 });
	});
});

describe('the verdict for a date of birth', () => {
	it('the day before a 13th birthday: not yet, with the date', () => {
		const verdict = checked(check('instagram', '2013-11-25', 'birth'));
		expect(verdict.terms).toEqual({ kind: 'not-yet', years: 0, days: 1, on: '2026-11-25' });
		expect(termsHeadline(verdict.app, verdict.age, verdict.terms)).toBe(
			'Not yet: Instagram’s minimum age is 13. A child born on 25 November 2013 (12 today) will reach it on 25 November 2026, tomorrow.',
		);
	});

	it('on the 13th birthday: yes', () => {
		expect(checked(check('instagram', '24/11/2013', 'birth')).terms).toEqual({ kind: 'meets' });
	});

	it('a date of birth in the future is a mistake to correct', () => {
		expect(check('instagram', '2027-01-01', 'birth')).toEqual({
			kind: 'invalid',
			errors: [{ field: 'birth', message: 'That date of birth is in the future. Check the year.' }],
		});
	});
});

describe('the verdict for a school year in England', () => {
	it('Year 8 spans a minimum age of 13: some pupils meet it and some do not', () => {
		expect(checked(check('instagram', '8', 'year-group')).terms).toEqual({ kind: 'some', youngest: 12, oldest: 13 });
	});

	it('Year 9 all meet 13, Year 7 none do', () => {
		expect(checked(check('instagram', '9', 'year-group')).terms).toEqual({ kind: 'meets' });
		expect(checked(check('instagram', '7', 'year-group')).terms).toEqual({ kind: 'not-yet', years: 1 });
	});

	it.each([
		[1, 5, 6],
		[7, 11, 12],
		[13, 17, 18],
	])('Year %i is aged %i to %i', (year, youngest, oldest) => {
		expect(readAge('year-group', String(year), today)).toMatchObject({ youngest, oldest });
	});
});

describe('bad input gets a message next to its field', () => {
	it.each([
		['', '12', 'years', 'app'],
		['   ', '12', 'years', 'app'],
		['instagram', '', 'years', 'years'],
		['instagram', '12.5', 'years', 'years'],
		['instagram', 'twelve', 'years', 'years'],
		['instagram', '-1', 'years', 'years'],
		['instagram', '19', 'years', 'years'],
		['instagram', '', 'birth', 'birth'],
		['instagram', '31/02/2014', 'birth', 'birth'],
		['instagram', '1990-01-01', 'birth', 'birth'],
		['instagram', '14', 'year-group', 'year-group'],
		['instagram', '0', 'year-group', 'year-group'],
	] as const)('app “%s”, age “%s” (%s): a message for %s', (app, age, mode, field) => {
		const verdict = check(app, age, mode);
		expect(verdict.kind).toBe('invalid');
		expect(verdict.kind === 'invalid' && verdict.errors.map((error) => error.field)).toContain(field);
	});

	it('reports both fields at once when both are wrong', () => {
		const verdict = check('', 'x');
		expect(verdict.kind === 'invalid' && verdict.errors.map((error) => error.field)).toEqual(['app', 'years']);
	});
});

describe('an app that is not in the list', () => {
	it('is not an error: it says so, with near matches if any', () => {
		expect(check('Bloop Chat', '12')).toMatchObject({ kind: 'unknown-app', query: 'Bloop Chat' });
	});
});

describe('every entry at every age from 8 to 16', () => {
	const cases = apps.flatMap((app) => [8, 9, 10, 11, 12, 13, 14, 15, 16].map((age) => [app, age] as const));
	it.each(cases.map(([app, age]) => [app.name, age, app] as const))('%s at %i', (_name, age, app) => {
		const verdict = checked(check(app.name, String(age)));
		if (app.minimumAge) expect(verdict.terms).toEqual(age >= app.minimumAge.age ? { kind: 'meets' } : { kind: 'not-yet', years: app.minimumAge.age - age });
		else expect(verdict.terms).toBeUndefined();
		if (app.pegi) expect(verdict.pegi?.kind).toBe(age >= app.pegi.rating ? 'meets' : 'not-yet');
	});
});

describe('everything for one age', () => {
	it('splits every app into meets, not yet and no confirmed minimum, losing none', () => {
		const groups = appsForAge(apps, { mode: 'years', years: 13 });
		expect(groups.meets.length + groups.notYet.length + groups.noMinimum.length + groups.some.length).toBe(apps.length);
		expect(groups.meets.map((app) => app.id)).toContain('instagram');
		expect(groups.notYet.map((app) => app.id)).toContain('tumblr');
	});

	it('puts apps some of a year group meet in their own list', () => {
		expect(appsForAge(apps, { mode: 'year-group', yearGroup: 8, youngest: 12, oldest: 13 }).some.map((app) => app.id)).toContain('instagram');
	});
});

describe('standing', () => {
	it('is exact for a date of birth', () => {
		const age = readAge('birth', '2014-03-31', today);
		if ('field' in age) throw new Error(age.message);
		expect(standing(age, 13)).toEqual({ kind: 'not-yet', years: 0, months: 5, on: '2027-03-31' });
	});
});

describe('whatever it is given', () => {
	it('returns a verdict or a message and never throws', () => {
		fc.assert(
			fc.property(fc.string(), fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)), fc.constantFrom('years', 'birth', 'year-group', 'nonsense'), fc.oneof(fc.constant(today), fc.string()), (app, age, mode, todayText) => {
				const verdict = checkAge(apps, { app, age, mode: mode as 'years', today: todayText });
				expect(['invalid', 'unknown-app', 'checked']).toContain(verdict.kind);
				if (verdict.kind === 'invalid') expect(verdict.errors.length).toBeGreaterThan(0);
			}),
			{ numRuns: 2000 },
		);
	});
});
