import { describe, expect, it } from 'vitest';
import { isReviewDue, reviewMarkdown, reviewRows, unconfirmedRows } from '../../src/lib/review';
import { fixtureApps } from '../support/apps';

describe('isReviewDue', () => {
	it('is false before the review date and true on and after it', () => {
		expect(isReviewDue('2027-09-01', '2027-08-31')).toBe(false);
		expect(isReviewDue('2027-09-01', '2027-09-01')).toBe(true);
		expect(isReviewDue('2027-09-01', '2028-01-01')).toBe(true);
	});

	it('is false for a date it cannot read, rather than crying wolf', () => {
		expect(isReviewDue('soon', '2027-09-01')).toBe(false);
	});
});

describe('the yearly review of the app facts (npm run review), on the fixtures and a fixed today', () => {
	const apps = fixtureApps();
	const today = '2026-11-24';
	const rows = reviewRows(apps, today);

	it('lists every fact that names a source, once', () => {
		const chatterbox = rows.filter((row) => row.app === 'chatterbox').map((row) => row.field);
		expect(chatterbox.sort()).toEqual([
			'ageHistory[0]',
			'features[0]',
			'minimumAge',
			'stores.appStore',
		]);
		// Brick Park: its "no minimum age" and each of its three age bands are facts of their own.
		expect(rows.filter((row) => row.app === 'brick-park')).toHaveLength(4);
	});

	it('lists a setting read on its own page as a fact of its own, and not a setting that rests on the guide’s source', () => {
		const [app] = fixtureApps();
		const withSettings = {
			...app!,
			controls: {
				name: 'Settings',
				url: app!.sources[0]!.url,
				source: app!.sources[0]!.url,
				settings: [
					'Turn on Family mode.',
					{ text: 'Set a daily time limit.', source: app!.sources[0]!.url },
				],
			},
		};
		const fields = reviewRows([withSettings], today).map((row) => row.field);
		expect(fields).toContain('controls');
		expect(fields).toContain('controls.settings[1]');
		expect(fields).not.toContain('controls.settings[0]');
	});

	it('puts the oldest first, by the day read or the source’s own date', () => {
		// Chatterbox's news source is dated 2024-02-01 and its help page was read on 2025-10-01: the oldest two.
		expect(rows.slice(0, 2).map((row) => [row.app, row.field])).toEqual([
			['chatterbox', 'ageHistory[0]'],
			['chatterbox', 'features[0]'],
		]);
		const oldest = rows.map((row) => [row.checked, row.published].filter(Boolean).sort()[0]!);
		expect(oldest).toEqual([...oldest].sort());
	});

	it('marks as out of date the facts read, or dated, more than 12 months before today, and only those', () => {
		expect(rows.filter((row) => row.stale).map((row) => `${row.app} ${row.field}`)).toEqual([
			'chatterbox ageHistory[0]',
			'chatterbox features[0]',
		]);
		// A year later, everything in the fixtures has aged.
		expect(reviewRows(apps, '2027-11-30').every((row) => row.stale)).toBe(true);
	});

	it('writes a markdown table with one row a fact, naming the source, its kind and both dates', () => {
		const text = reviewMarkdown(rows, today);
		const tableRows = text
			.split('\n')
			.filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
		expect(tableRows).toHaveLength(rows.length + 1);
		expect(tableRows[1]).toMatch(
			/^\| \*\*out of date\*\* \| chatterbox \| ageHistory\[0\] \| .* \| https:\/\/example\.org\/chatterbox\/news \| secondary \| 2026-11-01 \| 2024-02-01 \|$/
		);
		expect(text).toContain(`${rows.length} facts; 2 may be out of date`);
	});

	it('lists, apart, what could not be confirmed: an entry’s unconfirmed note and each store rating not read', () => {
		const unconfirmed = unconfirmedRows(apps);
		// Chatterbox's App Store rating was read, its Google Play one was not: only the second is listed.
		expect(unconfirmed.filter((row) => row.app === 'chatterbox').map((row) => row.field)).toEqual([
			'stores.googlePlay',
		]);
		// Every other app, site or game in the fixtures gives both store ratings as unconfirmed.
		const games = apps.filter((app) => app.id !== 'chatterbox' && app.kind !== 'platform');
		for (const app of games)
			expect(
				unconfirmed.filter((row) => row.app === app.id && row.field.startsWith('stores.')),
				app.id
			).toHaveLength(2);
		const text = reviewMarkdown(rows, today, unconfirmed);
		expect(text).toContain(`## Not confirmed (${unconfirmed.length})`);
		expect(text).toContain('| chatterbox | stores.googlePlay | Its listing could not be read. |');
	});

	it('lists the entries the checker answers “not known” for, with the ages, or says there are none', () => {
		const none = reviewMarkdown(rows, today, [], {
			ages: { youngest: 8, oldest: 16 },
			unknown: [],
		});
		expect(none).toContain('## Answers “not known” for a child of 8 to 16 (0)');
		const some = reviewMarkdown(rows, today, [], {
			ages: { youngest: 8, oldest: 16 },
			unknown: [{ app: 'mystery-mail', ages: [8, 9, 10], mostUsed: true }],
		});
		expect(some).toContain('## Answers “not known” for a child of 8 to 16 (1)');
		expect(some).toContain('| mystery-mail | 8, 9, 10 | yes |');
		// Without the answers, the section is left out, as before.
		expect(reviewMarkdown(rows, today)).not.toContain('not known');
	});
});
