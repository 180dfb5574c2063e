import { describe, expect, it } from 'vitest';
import { checkAge, findApp, normalise, yearGroups, type Verdict } from '../../src/lib/age-check';
import { termsHeadline } from '../../src/lib/age-verdict';
import { parseListFile } from '../../src/lib/data-file';
import { toIso } from '../../src/lib/dates';
import { appSchema } from '../../src/schemas/apps';
import { contentApps } from '../support/apps';

const apps = contentApps();
const today = '2026-11-24';

describe('the researched app data in content/data/apps.yaml', () => {
	it('has at least 30 entries', () => {
		expect(apps.length).toBeGreaterThanOrEqual(30);
	});

	it.each([
		'WhatsApp', 'Messenger', 'Telegram', 'Signal', 'Discord', 'Instagram', 'TikTok', 'Snapchat', 'Facebook', 'X', 'Threads', 'Reddit',
		'Pinterest', 'BeReal', 'Tumblr', 'YouTube', 'YouTube Kids', 'Twitch', 'Roblox', 'Minecraft', 'Fortnite', 'Among Us', 'Call of Duty',
		'Grand Theft Auto V', 'EA Sports FC', 'Steam', 'Xbox', 'PlayStation',
	])('includes %s, which the issue names', (name) => {
		expect(findApp(apps, name)).toBeDefined();
	});

	it.each([
		['insta', 'instagram'],
		['ig', 'instagram'],
		['snap', 'snapchat'],
		['yt', 'youtube'],
		['cod', 'call-of-duty'],
		['gta', 'gta-v'],
	])('finds “%s” as %s', (alias, id) => {
		expect(findApp(apps, alias)?.id).toBe(id);
	});

	it('never gives two entries the same name or alias', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const app of apps)
			for (const name of [app.name, ...app.aliases]) {
				const key = normalise(name);
				if (owner.has(key) && owner.get(key) !== app.id) clashes.push(`“${name}”: ${owner.get(key)} and ${app.id}`);
				owner.set(key, app.id);
			}
		expect(clashes).toEqual([]);
	});

	it('gives WhatsApp’s current minimum age of 13, and that it was 16 until 11 April 2024', () => {
		const whatsapp = findApp(apps, 'whatsapp');
		expect(whatsapp?.minimumAge?.age).toBe(13);
		expect(whatsapp?.ageHistory).toEqual([expect.objectContaining({ age: 16, until: '2024-04-11' })]);
	});

	it('has a PEGI rating only for games', () => {
		expect(apps.filter((app) => app.pegi && app.kind !== 'game').map((app) => app.id)).toEqual([]);
	});

	it('was checked no later than today, and each age change happened before it was checked', () => {
		const now = toIso({ year: new Date().getFullYear(), month: new Date().getMonth() + 1, day: new Date().getDate() });
		for (const app of apps) {
			expect(app.checked <= now, app.id).toBe(true);
			for (const change of app.ageHistory ?? []) expect(change.until <= app.checked, app.id).toBe(true);
		}
	});

	// Entries that give no minimum age but do not yet say why; the research should add an `unconfirmed` note.
	const awaitingExplanation = ['fortnite'];

	it('says why, in the entry, wherever it gives no minimum age', () => {
		const silent = apps.filter((app) => !app.minimumAge && !app.unconfirmed).map((app) => app.id);
		expect(silent).toEqual(awaitingExplanation);
	});
});

describe('the checker, for every entry at every age from 8 to 16', () => {
	const ages = [8, 9, 10, 11, 12, 13, 14, 15, 16];
	const check = (app: string, age: string, mode: 'years' | 'birth' | 'year-group' = 'years') => checkAge(apps, { app, age, mode, today });
	const expected = (minimum: number | undefined, years: number) => (minimum === undefined ? 'no-minimum' : years >= minimum ? 'meets' : 'not-yet');
	const headlineOf = (verdict: Verdict) => (verdict.kind === 'invalid' || verdict.kind === 'unknown-app' ? verdict.kind : termsHeadline(verdict));

	it.each(apps.flatMap((app) => ages.map((age) => [app.name, age, app] as const)))('%s, a child of %i', (_name, age, app) => {
		const minimum = app.minimumAge?.age;
		const verdict = check(app.name, String(age));
		expect(verdict.kind).toBe(expected(minimum, age));
		expect(headlineOf(verdict)).toMatch({ meets: /^Yes: /, 'not-yet': /^Not yet: /, 'no-minimum': /^We could not confirm/ }[expected(minimum, age)]);
		if (minimum !== undefined && age < minimum) expect(headlineOf(verdict)).toContain(`has up to ${minimum - age} year${minimum - age === 1 ? '' : 's'} to go`);
		if (app.pegi) expect(verdict).toMatchObject({ pegi: { kind: age >= app.pegi.rating ? 'meets' : 'not-yet' } });
		else expect(verdict).not.toHaveProperty('pegi');

		// The same child by date of birth: a birthday today makes them this age; one tomorrow, a year younger.
		const born = (day: number) => `${2026 - age}-11-${day}`;
		expect(check(app.name, born(24), 'birth').kind).toBe(expected(minimum, age));
		expect(check(app.name, born(25), 'birth').kind).toBe(expected(minimum, age - 1));
	});

	it.each(apps.flatMap((app) => yearGroups.filter((year) => year >= 4 && year <= 11).map((year) => [app.name, year, app] as const)))(
		'%s, pupils in Year %i',
		(_name, year, app) => {
			const minimum = app.minimumAge?.age;
			const kind = minimum === undefined ? 'no-minimum' : year + 4 >= minimum ? 'meets' : year + 5 < minimum ? 'not-yet' : 'spans';
			expect(check(app.name, String(year), 'year-group').kind).toBe(kind);
		},
	);
});

describe('the app schema', () => {
	const valid = `- id: chatterbox
  name: Chatterbox
  kind: app
  minimumAge:
    age: 13
    source: https://example.org/terms
  pegi:
    rating: 12
    title: Chatterbox
    source: https://example.org/pegi
  checked: 2026-11-01
`;
	const parse = (text: string) => () => parseListFile(text, appSchema, 'apps.yaml');

	it('accepts a complete entry', () => {
		expect(parse(valid)()).toHaveLength(1);
	});

	it.each([
		['a minimum age with no source', valid.replace('    source: https://example.org/terms\n', ''), /entry "chatterbox": "minimumAge\.source": needs a source/],
		['a source that is not a web address', valid.replace('https://example.org/terms', 'the terms'), /entry "chatterbox": "minimumAge\.source": needs a source/],
		['no checked date', valid.replace('  checked: 2026-11-01\n', ''), /entry "chatterbox": "checked": must be a date/],
		['a checked date that is not a date', valid.replace('2026-11-01', '1 November'), /entry "chatterbox": "checked": must be a date/],
		['an age above 21', valid.replace('age: 13', 'age: 22'), /entry "chatterbox": "minimumAge\.age": must be 21 or less/],
		['an age below 0', valid.replace('age: 13', 'age: -1'), /entry "chatterbox": "minimumAge\.age": must be 0 or more/],
		['an age that is not whole', valid.replace('age: 13', 'age: 12.5'), /entry "chatterbox": "minimumAge\.age": must be a whole number/],
		['a PEGI rating that does not exist', valid.replace('rating: 12', 'rating: 13'), /entry "chatterbox": "pegi\.rating": must be one of the PEGI ratings: 3, 7, 12, 16, 18/],
		['a PEGI rating with no source', valid.replace('    source: https://example.org/pegi\n', ''), /entry "chatterbox": "pegi\.source": needs a source/],
		['a feature with no source', valid.replace('  checked:', '  features:\n    - kind: live-streaming\n      note: Live.\n  checked:'), /entry "chatterbox": "features\[0\]\.source": needs a source/],
		['an age change with no source', valid.replace('  checked:', '  ageHistory:\n    - age: 16\n      until: 2024-04-11\n  checked:'), /entry "chatterbox": "ageHistory\[0\]\.source": needs a source/],
		['an id used twice', valid + valid, /entry "chatterbox": the id "chatterbox" is used twice/],
	])('rejects %s, naming the entry', (_what, text, message) => {
		expect(parse(text)).toThrow(message);
	});
});
