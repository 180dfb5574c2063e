import { describe, expect, it } from 'vitest';
import { isStale, staleFacts, staleSources } from '../../src/lib/staleness';
import { fixtureApps } from '../support/apps';

const today = '2026-11-24';
const chatterbox = fixtureApps().find((app) => app.id === 'chatterbox')!;

describe('whether a fact may be out of date', () => {
	it.each<[{ checked: string; published?: string }, boolean, string]>([
		[{ checked: '2026-11-24' }, false, 'read today'],
		[{ checked: '2025-11-24' }, false, 'read exactly 12 months ago'],
		[{ checked: '2025-11-23' }, true, 'read 12 months and a day ago'],
		[
			{ checked: '2026-11-01', published: '2025-12-01' },
			false,
			'read this month, from a source dated within the year',
		],
		[
			{ checked: '2026-11-01', published: '2024-02-01' },
			true,
			'read this month, but from a source dated over a year ago',
		],
		[{ checked: 'soon' }, true, 'with a date that cannot be read'],
	])('%o is %s: %s', (source, stale, _why) => {
		expect(isStale(source, today)).toBe(stale);
	});

	it('counts a 29 February a year back as 1 March', () => {
		expect(isStale({ checked: '2023-03-01' }, '2024-02-29')).toBe(false);
		expect(isStale({ checked: '2023-02-28' }, '2024-02-29')).toBe(true);
	});

	it('names the facts that rest on an old source, but not the age history, which does not age', () => {
		expect(staleFacts(chatterbox, today).map(({ field }) => field)).toEqual(['features[0]']);
		expect(staleSources(chatterbox, today)).toEqual([
			'https://example.org/chatterbox/news',
			'https://example.org/chatterbox/help',
		]);
	});

	it('finds nothing out of date on the day the facts were read', () => {
		expect(staleFacts(chatterbox, '2025-10-01')).toEqual([]);
	});
});
