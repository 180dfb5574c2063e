import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	answerGaps,
	describeAnswerGaps,
	appsForAge,
	bandsFor,
	checkAge,
	findApp,
	errorCodes,
	judge,
	normalise,
	oldestChild,
	readAge,
	standing,
	suggestApps,
	nameLines,
	readNameLines,
	unknownAges,
	type AgeMode,
	type Verdict,
} from '../../src/lib/age-check';
import {
	bandLine,
	changesAhead,
	errorMessage,
	fill,
	headlineKey,
	noMinimumLines,
	rulesLine,
	seriesLine,
	headline as headlineOf,
	pegiLine,
	termsLine,
	type PegiNames,
	type VerdictWords,
} from '../../src/lib/age-verdict';
import { ageOn, parseDate } from '../../src/lib/dates';
import { fixtureApps } from '../support/apps';

/** Words for testing the rules, so that the tests do not change when the school edits content/data/age-checker.yaml. */
const words: VerdictWords = {
	headlines: {
		'meets-both': 'Old enough: the minimum age is {minimum}, and PEGI {rating} fits too',
		'meets-terms': 'Old enough: the minimum age is {minimum}',
		'meets-pegi': 'Suitable: PEGI {rating} fits',
		'not-yet-terms': 'Not old enough yet: the minimum age is {minimum}, {wait}',
		'not-yet-pegi': 'Not suitable yet: PEGI {rating}, {ratingName}',
		'spans-terms': 'It depends on their birthday: the minimum age is {minimum}',
		'spans-pegi': 'It depends on their birthday: PEGI {rating}, {ratingName}',
		'meets-series': 'Suitable: every {app} is PEGI {highest} or lower; check {edition}',
		'meets-series-rules': 'Check {edition}: new rules make it {highest}, which fits',
		'not-yet-series': 'Not suitable yet: every {series} is PEGI {ratings}',
		'spans-series': 'It depends on their birthday: every {app} is PEGI {lowest} or {highest}',
		'depends-series': 'Check the box for {edition}: PEGI {lowest} or {highest}',
		'depends-series-rules':
			'Check the box for {edition}: was PEGI {lowest}, new rules make it {highest}',
		'no-minimum-settings': 'No minimum age: {app} sets none',
		'no-minimum-child-account': 'No minimum age: a parent sets up a child account for {app}',
		unknown: 'Not known: nothing confirmed for {app}',
	},
	waits: {
		years: 'in up to {time}',
		birth: 'in {time}',
		tomorrow: 'tomorrow',
		'year-group': 'reached during {yearGroup}',
		'after-school': 'reached after Year 13',
	},
	groups: {
		meets: 'Old enough',
		spans: 'It depends',
		'not-yet': 'Not yet',
		depends: 'Read what applies',
		unknown: 'Not known',
	},
	details: {
		'terms-meets': 'The minimum age in {app}’s terms is {minimum}: {child} meets it.',
		'terms-spans':
			'The minimum age in {app}’s terms is {minimum}: of {child}, those who have turned {minimum} meet it and the others do not yet.',
		'terms-not-yet': 'The minimum age in {app}’s terms is {minimum}. {Child} {wait}.',
		'terms-unknown': 'We could not confirm a minimum age in {app}’s terms for UK users.',
		'pegi-meets': '{title} is rated PEGI {rating}: suitable for {child}.',
		'pegi-spans': '{title} is rated PEGI {rating}: only for those who have turned {rating}.',
		'pegi-not-yet': '{title} is rated PEGI {rating}. {Child} {wait}.',
		'terms-none-settings': '{app} sets no minimum age. For {child}:',
		'terms-none-child-account': '{app} has child accounts. For {child}:',
		'at-age': 'From {from}: {text}',
		'under-age': 'Under {next}: {text}',
		'any-age': 'Any age: {text}',
		series: '{app}: {ratings} ({titles}); check {edition}.',
		rules: '{title} is PEGI {rating} by rule: {rules}',
		'series-rules': 'Rules for {edition}: {rules}',
	},
	findOut: { title: 'How to find out', terms: 'Terms.', stores: 'Stores.', pegi: 'PEGI.' },
	unknownApp: 'We don’t have “{query}”',
	didYouMean: 'Did you mean',
	outOfDate: 'may be out of date',
	guideLink: 'Guide to {app}',
	pegiAdvice: 'Advice.',
	guide: {
		sections: {
			check: 'Check',
			age: 'Age',
			pegi: 'PEGI',
			stores: 'Stores',
			features: 'Features',
			settings: 'Settings',
			report: 'Report',
			sources: 'Sources',
		},
		noMinimum: '',
		noPegiGame: '',
		notAGame: '',
		noStores: '',
		stores: { appStore: 'App Store', googlePlay: 'Google Play' },
		storeNotConfirmed: '',
		storeAdvice: '',
		noFeatures: '',
		noControls: '',
		noReporting: '',
		noMinimumSettings: '',
		noMinimumChildAccount: '',
		series: '',
		changesTitle: '',
		changeAt: 'At {age}: {text}',
	},
	form: {
		checking: 'Checking {app}',
		app: { label: 'App', hint: 'Type', suggestions: 'Suggestions for {label}' },
		modes: 'How?',
		years: { mode: 'Years', label: 'Age', hint: 'Years.' },
		birth: { mode: 'Birth', label: 'Birthday', hint: 'Date.' },
		'year-group': { mode: 'Year', label: 'School year', hint: 'Year.', choose: 'Choose' },
		check: 'Check',
		showAll: 'Show all',
		hideAll: 'Hide',
		error: 'Error:',
		correctOne: 'Correct it.',
		correctMany: 'Correct {count}.',
		loadFailed: 'Could not load.',
	},
	errors: {
		'app-missing': 'Type an app.',
		'years-missing': 'Enter an age.',
		'years-not-whole': 'Enter whole years.',
		'years-out-of-range': 'Enter 0 to {oldest}.',
		'birth-missing': 'Enter a date of birth.',
		'birth-not-a-date': 'Enter a real date.',
		'birth-future': 'That is in the future.',
		'birth-too-old': 'That child would be {years}, over {oldest}.',
		'year-group-missing': 'Choose a school year.',
	},
	child: {
		years: 'a child of {years}',
		birth: 'a child born on {date} ({years} today)',
		'year-group': 'pupils in {yearGroup} (aged {youngest} to {oldest} during the school year)',
	},
	yearGroups: { reception: 'Reception', year: 'Year {number}' },
	units: {
		year: '{count} year',
		years: '{count} years',
		month: '{count} month',
		months: '{count} months',
		day: '{count} day',
		days: '{count} days',
		and: 'and',
	},
	longWaits: {
		years: 'has up to {time} to go, until their {ordinal} birthday',
		birth: 'turns {limit} on {date}, {time}',
		'year-group': 'will each turn {limit} on their birthday during {yearGroup}, {when}',
		'after-school': 'will each turn {limit} on their birthday after Year 13',
		'next-year': 'next school year',
		'school-years': 'in {count} school years’ time',
	},
	history: 'Until {date} it was {age}.',
	verdict: {
		stale: 'This answer {outOfDate}.',
		or: 'or',
		pegi: 'PEGI {rating}: {meaning}',
		descriptors: 'Marked for {descriptors}.',
		features: 'Features',
		sources: 'Sources:',
		source: 'Source:',
		lastChecked: 'Checked {date}',
		policy: 'Policy',
		everyApp: 'Every app for {child}',
		devices: 'Device guides',
		changes: 'Later',
	},
	table: {
		caption: 'Ages',
		columns: { app: 'App', minimum: 'Age', pegi: 'PEGI', features: 'Features', sources: 'Sources' },
		notConfirmed: 'Not confirmed',
		noMinimum: 'None',
		childAccount: 'Child account',
		series: 'PEGI {ratings}',
		sourcesLink: '{count} sources',
		oneSource: '1 source',
		rating: 'PEGI {rating}',
		noPegi: 'None',
		noFeatures: 'None',
		summary: 'Every app ({count})',
		print: 'Online at {link}',
		printLink: 'the checker',
	},
	noScript: {
		guide: 'No script: {app}',
		table: 'See {link}.',
		folded: 'Open {link}.',
		link: 'the table',
	},
};
const pegiNames: PegiNames = {
	3: 'all ages',
	7: 'for 7 and over',
	12: 'for 12 and over',
	16: 'for 16 and over',
	18: 'adults only',
};

const apps = fixtureApps();
const today = '2026-11-24';
const check = (app: string, age: string, mode: AgeMode = 'years', on = today) =>
	checkAge(apps, { app, age, mode, today: on });
const answered = (verdict: Verdict) => {
	if (verdict.kind === 'invalid' || verdict.kind === 'unknown-app')
		throw new Error(`expected an answer about an app, got ${verdict.kind}`);
	return verdict;
};
const headline = (verdict: Verdict) => headlineOf(answered(verdict), words, pegiNames);
/** The sentence that explains the minimum age, under the headline. */
const detail = (verdict: Verdict) => {
	const answer = answered(verdict);
	return termsLine(answer.app, answer.terms, answer.age, words);
};

describe('finding an app', () => {
	it('carries every app’s id, name and aliases compactly for the page, and reads them back', () => {
		expect(readNameLines(nameLines(apps))).toEqual(
			apps.map(({ id, name, aliases }) => ({ id, name, aliases }))
		);
		expect(readNameLines('')).toEqual([]);
	});

	it('suggests while typing with spaces, digits or a slip: “chatter box”, “cafequest”, “nigth raid”', () => {
		expect(suggestApps(apps, 'chatter box')[0]?.id).toBe('chatterbox');
		expect(suggestApps(apps, 'cafequ')[0]?.id).toBe('cafe-quest');
		expect(suggestApps(apps, 'nigth raid').map((app) => app.id)).toContain('night-raid');
		// Too short to guess from: nothing rather than noise.
		expect(suggestApps(apps, 'zq')).toEqual([]);
	});

	it.each([
		['chatterbox', 'chatterbox'],
		['CHATTERBOX', 'chatterbox'],
		['cb', 'chatterbox'],
		['Chat  Box', 'chatterbox'],
		['  café quest ', 'cafe-quest'],
		['cafe quest', 'cafe-quest'],
		['CAFÉ QUEST!', 'cafe-quest'],
		['cq', 'cafe-quest'],
		['chat castle', 'chat-castle'],
		['Chat Castle (formerly Chat Fort)', 'chat-castle'],
	])('“%s” is %s, ignoring case, accents, punctuation and spaces', (query, id) => {
		expect(findApp(apps, query)?.id).toBe(id);
	});

	it('normalises by removing accents, lower-casing and collapsing spaces', () => {
		expect(normalise('  Pokémon   GO! ')).toBe('pokemon go');
		expect(normalise('C\u0327a\u0301va')).toBe('cava');
	});

	it('does not take part of a name as the whole name', () => {
		expect(findApp(apps, 'chat')).toBeUndefined();
	});

	it('suggests exact names first, then names that start with the text, then words that start with it, then names that contain it', () => {
		expect(suggestApps(apps, 'cb').map((app) => app.id)).toEqual(['chatterbox']);
		expect(suggestApps(apps, 'chat').map((app) => app.id)).toEqual(['chat-castle', 'chatterbox']);
		expect(suggestApps(apps, 'castle').map((app) => app.id)).toEqual(['chat-castle']);
		expect(suggestApps(apps, 'orld').map((app) => app.id)).toEqual(['blockworld']);
		expect(suggestApps(apps, 'cafe').map((app) => app.id)).toEqual(['cafe-quest']);
	});

	it('suggests nothing for nonsense, and the first few apps for nothing typed', () => {
		expect(suggestApps(apps, 'zzqqxx')).toEqual([]);
		expect(suggestApps(apps, '', 2)).toEqual(apps.slice(0, 2));
	});
});

describe('the verdict for an age in years', () => {
	it('a child of 12 does not yet meet a minimum age of 13, with up to 1 year to go', () => {
		const verdict = check('cb', '12');
		expect(verdict).toMatchObject({
			kind: 'not-yet',
			lead: {
				limit: { by: 'terms', age: 13 },
				standing: { kind: 'not-yet', wait: { by: 'years', years: 1 } },
			},
		});
		expect(headline(verdict)).toBe('Not old enough yet: the minimum age is 13, in up to 1 year');
		expect(detail(verdict)).toBe(
			'The minimum age in Chatterbox’s terms is 13. A child of 12 has up to 1 year to go, until their 13th birthday.'
		);
	});

	it('a child of 13 meets it, and so does a child of 18', () => {
		expect(check('Chatterbox', '13')).toMatchObject({
			kind: 'meets',
			terms: { limit: { age: 13 } },
		});
		expect(headline(check('Chatterbox', '13'))).toBe('Old enough: the minimum age is 13');
		expect(check('Chatterbox', '18').kind).toBe('meets');
	});

	it('uses the current minimum age, not one from its history', () => {
		expect(check('chatterbox', '14').kind).toBe('meets');
	});

	it('counts years in the plural', () => {
		expect(headline(check('chat castle', '12'))).toBe(
			'Not old enough yet: the minimum age is 16, in up to 4 years'
		);
		expect(detail(check('chat castle', '12'))).toContain(
			'has up to 4 years to go, until their 16th birthday'
		);
	});

	it('combines a game’s PEGI rating with its terms: the terms lead when they are the stricter', () => {
		const verdict = check('cafe quest', '12');
		expect(verdict).toMatchObject({
			kind: 'not-yet',
			lead: { limit: { by: 'terms' } },
			pegi: { standing: { kind: 'meets' } },
		});
		expect(headline(verdict)).toBe('Not old enough yet: the minimum age is 13, in up to 1 year');
		expect(headline(check('cafe quest', '13'))).toBe(
			'Old enough: the minimum age is 13, and PEGI 12 fits too'
		);
	});

	it('PEGI leads when it is the stricter for this child', () => {
		const verdict = check('night raid', '16');
		expect(verdict).toMatchObject({
			kind: 'not-yet',
			pegi: { standing: { kind: 'not-yet', wait: { by: 'years', years: 2 } } },
		});
		expect(headline(check('ocean racer', '11'))).toBe('Not suitable yet: PEGI 16, for 16 and over');
		expect(headline(check('ocean racer', '14'))).toBe('Not suitable yet: PEGI 16, for 16 and over');
		expect(headline(check('ocean racer', '16'))).toBe(
			'Old enough: the minimum age is 13, and PEGI 16 fits too'
		);
	});

	it('says what the PEGI rating means for this child under the headline, in the words given', () => {
		const verdict = answered(check('night raid', '16'));
		expect(pegiLine(verdict.app, verdict.age, verdict.pegi?.standing, words)).toBe(
			'Night Raid: Midnight is rated PEGI 18. A child of 16 has up to 2 years to go, until their 18th birthday.'
		);
		const met = answered(check('cafe quest', '12'));
		expect(pegiLine(met.app, met.age, met.pegi?.standing, words)).toBe(
			'Café Quest is rated PEGI 12: suitable for a child of 12.'
		);
		expect(pegiLine(apps[0]!, met.age, undefined, words)).toBeUndefined();
	});

	it('on a tie, the terms lead', () => {
		expect(answered(check('night raid', '11')).lead?.limit.by).toBe('terms');
	});

	it('has no PEGI standing for an app that is not a rated game', () => {
		expect(answered(check('chatterbox', '12')).pegi).toBeUndefined();
	});
});

describe('a game with a PEGI rating and no minimum age in its terms', () => {
	it('PEGI alone decides: not suitable yet below the rating, suitable from it', () => {
		const verdict = check('bw', '6');
		expect(verdict).toMatchObject({ kind: 'not-yet', lead: { limit: { by: 'pegi', age: 7 } } });
		expect(headline(verdict)).toBe('Not suitable yet: PEGI 7, for 7 and over');
		expect(headline(check('bw', '7'))).toBe('Suitable: PEGI 7 fits');
		expect(detail(verdict)).toBe(
			'We could not confirm a minimum age in Blockworld’s terms for UK users.'
		);
	});
});

describe('an app whose terms set no minimum age (Brick Park, Console Box in the fixtures)', () => {
	it('is never “not known”: it says there is no minimum age, and what applies at this age', () => {
		for (const age of ['0', '8', '12', '16', '18']) {
			const verdict = answered(check('brick park', age));
			expect(verdict.kind).toBe('depends');
			expect(headlineKey(verdict)).toBe('no-minimum-settings');
		}
		expect(headline(check('brick park', '8'))).toBe('No minimum age: Brick Park sets none');
	});

	it('gives the band of settings for the child’s age: the youngest band, the middle one on its first year, the oldest', () => {
		const bands = (age: string) =>
			answered(check('brick park', age)).atAge?.map((band) => band.from);
		expect(bands('8')).toEqual([0]);
		expect(bands('9')).toEqual([9]);
		expect(bands('12')).toEqual([9]);
		expect(bands('13')).toEqual([13]);
		expect(noMinimumLines(answered(check('brick park', '9')), words)).toEqual([
			'Brick Park sets no minimum age. For a child of 9:',
			'From 9: Chat is on with people of a similar age.',
		]);
	});

	it('gives a school year every band its pupils’ ages reach', () => {
		// Year 4: aged 8 to 9 during the year, so both the under-9 and the 9-and-over settings apply to someone.
		expect(
			answered(check('brick park', '4', 'year-group')).atAge?.map((band) => band.from)
		).toEqual([0, 9]);
		expect(
			bandsFor([{ from: 0, text: 'a', source: 'x' }], { mode: 'years', years: 15 })
		).toHaveLength(1);
	});

	it('names each band by its ages: under the next band’s age, from its own, or at any age when it is the only one', () => {
		const all = [{ from: 0 }, { from: 9 }, { from: 13 }];
		expect(bandLine({ from: 0, text: 'A.' }, all, words)).toBe('Under 9: A.');
		expect(bandLine({ from: 9, text: 'B.' }, all, words)).toBe('From 9: B.');
		expect(bandLine({ from: 0, text: 'C.' }, [{ from: 0 }], words)).toBe('Any age: C.');
	});

	it('lists what changes on birthdays still to come, and none already passed', () => {
		const app = {
			...answered(check('brick park', '9')).app,
			changesAt: [
				{ age: 16, text: 'Sixteen.', source: 'x' },
				{ age: 13, text: 'Thirteen.', source: 'x' },
			],
		};
		const lines = (years: number) => changesAhead(app, { mode: 'years', years }, words);
		expect(lines(9)).toEqual(['At 13: Thirteen.', 'At 16: Sixteen.']);
		expect(lines(13)).toEqual(['At 16: Sixteen.']);
		expect(lines(16)).toEqual([]);
	});

	it('says a console’s child account is made by a parent', () => {
		const verdict = answered(check('console box', '11'));
		expect(verdict.kind).toBe('depends');
		expect(headlineKey(verdict)).toBe('no-minimum-child-account');
	});
});

describe('a yearly series whose newest edition is not rated here (War Games: editions PEGI 16 and 18)', () => {
	it('is not suitable below the lowest rating, naming both', () => {
		const verdict = answered(check('war games', '12'));
		expect(verdict).toMatchObject({
			kind: 'not-yet',
			lead: { limit: { by: 'series', age: 16, highest: 18 } },
		});
		expect(headline(verdict)).toBe('Not suitable yet: every War Games is PEGI 16 or 18');
	});

	it('depends on the edition between the two, and fits from the highest', () => {
		expect(headlineKey(answered(check('wg', '16')))).toBe('depends-series');
		expect(headline(check('wg', '17'))).toBe(
			'Check the box for War Games: Year Nine: PEGI 16 or 18'
		);
		expect(headlineKey(answered(check('wg', '18')))).toBe('meets-series');
		expect(headlineKey(answered(check('wg', '11', 'year-group')))).toBe('spans-series');
	});

	it('speaks about the series under the headline, each rating once, lowest first', () => {
		expect(seriesLine(answered(check('wg', '12')).app, words)).toBe(
			'War Games: PEGI 16 or PEGI 18 (War Games: Year Seven (PEGI 18); War Games: Year Eight (PEGI 16)); check War Games: Year Nine.'
		);
	});
});

describe('a series whose new edition falls under PEGI’s 2026 rules (Kick Off: editions PEGI 3, paid random items)', () => {
	it('depends on the edition below the rule’s rating, naming both', () => {
		const verdict = answered(check('kick off', '11'));
		expect(verdict).toMatchObject({
			kind: 'depends',
			lead: { limit: { by: 'series', age: 3, highest: 16 } },
		});
		expect(headline(verdict)).toBe(
			'Check the box for Kick Off 27: was PEGI 3, new rules make it 16'
		);
		// At the rule's rating it fits, but the headline still says to check the box: the rating is the rule's default.
		expect(headlineKey(answered(check('kick off', '16')))).toBe('meets-series-rules');
	});
});

describe('a game rated by PEGI’s rules on how it plays (Card Kicks: paid random items)', () => {
	it('says which rule set its rating', () => {
		const rules = {
			gambling: 'G.',
			'paid-random-items': 'Loot boxes make it 16.',
			'time-limited-offers': 'T.',
			'unrestricted-chat': 'U.',
		};
		expect(rulesLine(answered(check('card kicks', '12')).app, words, rules)).toBe(
			'Card Kicks 27 is PEGI 16 by rule: Loot boxes make it 16.'
		);
		expect(rulesLine(answered(check('bw', '12')).app, words, rules)).toBeUndefined();
		// A series whose new edition falls under the rules: the rules that apply to a game like it.
		expect(rulesLine(answered(check('kick off', '12')).app, words, rules)).toBe(
			'Rules for Kick Off 27: Loot boxes make it 16.'
		);
	});
});

describe('an app with neither a minimum age nor a PEGI rating', () => {
	it('says nothing is known, for every age', () => {
		for (const age of ['0', '12', '18']) {
			const verdict = check('mystery mail', age);
			expect(verdict.kind).toBe('unknown');
			expect(headline(verdict)).toBe('Not known: nothing confirmed for Mystery Mail');
		}
	});
});

describe('the verdict for a date of birth', () => {
	it('the day before a 13th birthday: not yet, with the date, tomorrow', () => {
		const verdict = check('chatterbox', '2013-11-25', 'birth');
		expect(verdict).toMatchObject({
			kind: 'not-yet',
			lead: { standing: { wait: { by: 'birth', on: '2026-11-25', years: 0, months: 0, days: 1 } } },
		});
		expect(headline(verdict)).toBe('Not old enough yet: the minimum age is 13, tomorrow');
		expect(detail(verdict)).toBe(
			'The minimum age in Chatterbox’s terms is 13. A child born on 25 November 2013 (12 today) turns 13 on 25 November 2026, tomorrow.'
		);
	});

	it('on the 13th birthday: yes', () => {
		expect(check('chatterbox', '24/11/2013', 'birth').kind).toBe('meets');
		expect(detail(check('chatterbox', '24/11/2013', 'birth'))).toBe(
			'The minimum age in Chatterbox’s terms is 13: a child born on 24 November 2013 (13 today) meets it.'
		);
	});

	it('months and days to go, exactly', () => {
		const verdict = check('chatterbox', '2014-03-31', 'birth');
		expect(verdict).toMatchObject({
			lead: { standing: { wait: { on: '2027-03-31', years: 0, months: 4, days: 7 } } },
		});
		expect(headline(verdict)).toBe(
			'Not old enough yet: the minimum age is 13, in 4 months and 7 days'
		);
		expect(detail(verdict)).toContain('turns 13 on 31 March 2027, in 4 months and 7 days');
		expect(headline(check('chatterbox', '2012-09-22', 'birth', '2024-07-20'))).toBe(
			'Not old enough yet: the minimum age is 13, in 1 year, 2 months and 2 days'
		);
		expect(detail(check('chat castle', '2014-11-24', 'birth'))).toContain(
			'turns 16 on 24 November 2030, in 4 years'
		);
	});

	it('a 29 February birthday is reached on 1 March in a year that is not a leap year', () => {
		const dayBefore = check('chatterbox', '2012-02-29', 'birth', '2025-02-28');
		expect(dayBefore).toMatchObject({
			kind: 'not-yet',
			lead: { standing: { wait: { on: '2025-03-01', days: 1 } } },
		});
		expect(detail(dayBefore)).toContain('turns 13 on 1 March 2025, tomorrow');
		expect(check('chatterbox', '2012-02-29', 'birth', '2025-03-01').kind).toBe('meets');
	});

	it('a 29 February birthday is on 29 February in a leap year', () => {
		expect(check('chatterbox', '2011-02-29', 'birth').kind).toBe('invalid');
		expect(check('cafe quest', '2012-02-29', 'birth', '2024-02-28')).toMatchObject({
			pegi: { standing: { kind: 'not-yet', wait: { on: '2024-02-29' } } },
		});
		expect(check('cafe quest', '2012-02-29', 'birth', '2024-02-29')).toMatchObject({
			pegi: { standing: { kind: 'meets' } },
		});
	});

	it('reads a date typed the British way as well as the ISO form a date field gives', () => {
		expect(check('chatterbox', '31/03/2014', 'birth')).toMatchObject({
			lead: { standing: { wait: { on: '2027-03-31' } } },
		});
		expect(check('chatterbox', '31.3.2014', 'birth')).toMatchObject({
			lead: { standing: { wait: { on: '2027-03-31' } } },
		});
	});
});

describe('the verdict for a school year in England', () => {
	it.each([
		['R', 4, 5],
		['0', 4, 5],
		['1', 5, 6],
		['7', 11, 12],
		['8', 12, 13],
		['13', 17, 18],
	])('Year “%s” is aged %i to %i during the school year', (year, youngest, oldest) => {
		expect(readAge('year-group', year, today)).toMatchObject({ youngest, oldest });
	});

	it.each([['Reception'], ['reception'], ['Year 7'], ['y7'], [' 7 ']])('reads “%s”', (text) => {
		expect(readAge('year-group', text, today)).toMatchObject({ mode: 'year-group' });
	});

	it('Year 8 spans a minimum age of 13: some pupils meet it and some do not, and it says so', () => {
		const verdict = check('chatterbox', '8', 'year-group');
		expect(verdict).toMatchObject({
			kind: 'spans',
			lead: { standing: { kind: 'spans', youngest: 12, oldest: 13 } },
		});
		expect(headline(verdict)).toBe('It depends on their birthday: the minimum age is 13');
		expect(detail(verdict)).toBe(
			'The minimum age in Chatterbox’s terms is 13: of pupils in Year 8 (aged 12 to 13 during the school year), those who have turned 13 meet it and the others do not yet.'
		);
	});

	it('Year 11 spans 16, and Year 13 spans 18', () => {
		expect(check('chat castle', '11', 'year-group').kind).toBe('spans');
		expect(check('night raid', '13', 'year-group').kind).toBe('spans');
	});

	it('Year 9 all meet 13', () => {
		expect(check('chatterbox', '9', 'year-group').kind).toBe('meets');
	});

	it('Year 7 and Year 5 do not yet, and it says in which school year they will', () => {
		expect(check('chatterbox', '7', 'year-group')).toMatchObject({
			kind: 'not-yet',
			lead: { standing: { wait: { by: 'year-group', during: 8, years: 1 } } },
		});
		expect(headline(check('chatterbox', '7', 'year-group'))).toBe(
			'Not old enough yet: the minimum age is 13, reached during Year 8'
		);
		expect(detail(check('chatterbox', '7', 'year-group'))).toContain(
			'will each turn 13 on their birthday during Year 8, next school year'
		);
		expect(detail(check('chatterbox', '5', 'year-group'))).toContain(
			'will each turn 13 on their birthday during Year 8, in 3 school years’ time'
		);
		expect(detail(check('chatterbox', 'R', 'year-group'))).toContain(
			'Pupils in Reception (aged 4 to 5 during the school year) will each turn 13 on their birthday during Year 8, in 8 school years’ time.'
		);
	});

	it('says “after Year 13” for a minimum age no school year reaches', () => {
		const age = readAge('year-group', '13', today);
		if ('field' in age) throw new Error(age.code);
		expect(standing(age, 21)).toEqual({
			kind: 'not-yet',
			wait: { by: 'year-group', during: 16, years: 3 },
		});
		const app = { ...apps[0]!, minimumAge: { age: 21, source: apps[0]!.minimumAge!.source } };
		expect(headline(judge(app, age))).toBe(
			'Not old enough yet: the minimum age is 21, reached after Year 13'
		);
		expect(detail(judge(app, age))).toContain('after Year 13');
	});
});

describe('bad input gets an error for its own field', () => {
	it.each([
		['', '12', 'years', 'app', 'app-missing'],
		['   ', '12', 'years', 'app', 'app-missing'],
		['!!!', '12', 'years', 'app', 'app-missing'],
		['chatterbox', '', 'years', 'years', 'years-missing'],
		['chatterbox', '12.5', 'years', 'years', 'years-not-whole'],
		['chatterbox', 'twelve', 'years', 'years', 'years-not-whole'],
		['chatterbox', '1e1', 'years', 'years', 'years-not-whole'],
		['chatterbox', '-1', 'years', 'years', 'years-out-of-range', { oldest: oldestChild }],
		['chatterbox', '19', 'years', 'years', 'years-out-of-range', { oldest: oldestChild }],
		['chatterbox', '', 'birth', 'birth', 'birth-missing'],
		['chatterbox', '31/02/2014', 'birth', 'birth', 'birth-not-a-date'],
		['chatterbox', 'last May', 'birth', 'birth', 'birth-not-a-date'],
		['chatterbox', '2026-11-25', 'birth', 'birth', 'birth-future'],
		[
			'chatterbox',
			'1990-01-01',
			'birth',
			'birth',
			'birth-too-old',
			{ years: 36, oldest: oldestChild },
		],
		['chatterbox', '', 'year-group', 'year-group', 'year-group-missing'],
		['chatterbox', '14', 'year-group', 'year-group', 'year-group-missing'],
		['chatterbox', '-1', 'year-group', 'year-group', 'year-group-missing'],
		['chatterbox', '7.5', 'year-group', 'year-group', 'year-group-missing'],
	] as const)('app “%s”, age “%s” (%s): %s gets %s', (app, age, mode, field, code, values?) => {
		const error = { field, code, ...(values && { values }) };
		expect(check(app, age, mode)).toEqual({ kind: 'invalid', errors: [error] });
		// Its message is the words' own, with every number filled in.
		expect(errorMessage(error, words)).toBe(fill(words.errors[code], values ?? {}));
		expect(errorMessage(error, words)).not.toMatch(/[{}]/);
	});

	it('a date of birth today is a baby of 0, not a mistake', () => {
		expect(check('chatterbox', today, 'birth')).toMatchObject({
			kind: 'not-yet',
			age: { years: 0 },
		});
	});

	it('an unreadable “today” is reported against the date of birth rather than thrown', () => {
		expect(check('chatterbox', '2014-01-01', 'birth', 'not a date')).toMatchObject({
			kind: 'invalid',
			errors: [{ field: 'birth' }],
		});
	});

	it('reports both fields at once when both are wrong', () => {
		const verdict = check('', 'x');
		expect(verdict.kind === 'invalid' && verdict.errors.map((error) => error.field)).toEqual([
			'app',
			'years',
		]);
	});
});

describe('an app that is not in the list', () => {
	it('is not an error: it gets its own answer, with near matches', () => {
		expect(check('Chat', '12')).toEqual({
			kind: 'unknown-app',
			query: 'Chat',
			suggestions: [apps[2], apps[0]],
		});
		expect(check('chaterbox', '12')).toEqual({
			kind: 'unknown-app',
			query: 'chaterbox',
			suggestions: [apps[0]],
		});
		expect(check('  Bloop  ', '12')).toEqual({
			kind: 'unknown-app',
			query: 'Bloop',
			suggestions: [],
		});
	});

	it('still needs a good age first', () => {
		expect(check('Bloop', 'x').kind).toBe('invalid');
	});
});

describe('everything for one age', () => {
	const ids = (groups: ReturnType<typeof appsForAge>) =>
		Object.fromEntries(
			Object.entries(groups).map(([kind, verdicts]) => [
				kind,
				verdicts.map((verdict) => verdict.app.id),
			])
		);

	it('groups every app by the same combined answer as the checker gives, losing none', () => {
		const groups = appsForAge(apps, { mode: 'years', years: 13 });
		expect(ids(groups)).toEqual({
			meets: ['chatterbox', 'cafe-quest', 'blockworld'],
			spans: [],
			'not-yet': ['chat-castle', 'night-raid', 'ocean-racer', 'war-games', 'card-kicks'],
			depends: ['brick-park', 'console-box', 'kick-off'],
			unknown: ['mystery-mail'],
		});
		for (const [kind, verdicts] of Object.entries(groups))
			for (const verdict of verdicts) expect(check(verdict.app.name, '13').kind).toBe(kind);
	});

	it('puts an 18-rated game with no terms age under “not yet”, not beside apps with nothing known', () => {
		expect(ids(appsForAge(apps, { mode: 'years', years: 6 }))).toMatchObject({
			'not-yet': expect.arrayContaining(['blockworld']),
			unknown: ['mystery-mail'],
		});
	});

	it('puts the apps some of a year group meet in their own list', () => {
		const groups = ids(
			appsForAge(apps, { mode: 'year-group', yearGroup: 8, youngest: 12, oldest: 13 })
		);
		expect(groups['spans']).toEqual(['chatterbox', 'cafe-quest']);
		expect(groups['not-yet']).toEqual([
			'chat-castle',
			'night-raid',
			'ocean-racer',
			'war-games',
			'card-kicks',
		]);
	});
});

describe('whatever it is given', () => {
	const anyMode = fc.constantFrom<AgeMode>('years', 'birth', 'year-group', 'nonsense' as AgeMode);
	const fields = ['app', 'years', 'birth', 'year-group'];

	function isAnswer(verdict: Verdict) {
		expect(['invalid', 'unknown-app', 'meets', 'not-yet', 'spans', 'unknown']).toContain(
			verdict.kind
		);
		if (verdict.kind === 'invalid') {
			expect(verdict.errors.length).toBeGreaterThan(0);
			for (const error of verdict.errors) {
				expect(fields).toContain(error.field);
				expect(errorCodes).toContain(error.code);
				expect(errorMessage(error, words)).not.toMatch(/[{}]/);
			}
		} else if (verdict.kind === 'unknown-app')
			expect(Array.isArray(verdict.suggestions)).toBe(true);
		else
			expect(headlineOf(verdict, words, pegiNames)).toMatch(
				/^(Old enough|Suitable|Not old enough yet|Not suitable yet|It depends on their birthday|Not known): /
			);
	}

	it('for any string and any number, returns a verdict or a validation message and never throws', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.constantFrom('cb', 'Café Quest', 'bw', 'night raid')),
				fc.oneof(fc.double(), fc.integer()),
				anyMode,
				(app, age, mode) => {
					const verdict = checkAge(apps, { app, age: String(age), mode, today });
					isAnswer(verdict);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('for any strings at all, in every field, never throws', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.string(),
				anyMode,
				fc.oneof(fc.constant(today), fc.string()),
				(app, age, mode, on) => {
					isAnswer(checkAge(apps, { app, age, mode, today: on }));
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('for values that are not even strings, never throws', () => {
		fc.assert(
			fc.property(
				fc.anything(),
				fc.anything(),
				fc.anything(),
				fc.anything(),
				(app, age, mode, on) => {
					isAnswer(checkAge(apps, { app, age, mode, today: on } as never));
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('accepts exactly the whole numbers from 0 to 18 as an age in years', () => {
		fc.assert(
			fc.property(fc.oneof(fc.integer({ min: -50, max: 200 }), fc.double()), (age) => {
				// The text typed is String(age): -0 is typed as "0", a valid age.
				const valid = Number.isInteger(age) && age >= 0 && age <= 18;
				expect(check('cb', String(age)).kind !== 'invalid').toBe(valid);
			})
		);
	});

	it('once a child meets a minimum age, every older child does too', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 17 }),
				fc.integer({ min: 0, max: 21 }),
				(years, limit) => {
					const now = standing({ mode: 'years', years }, limit);
					const next = standing({ mode: 'years', years: years + 1 }, limit);
					if (now.kind === 'meets') expect(next.kind).toBe('meets');
					else
						expect(next).toEqual(
							years + 1 >= limit
								? { kind: 'meets' }
								: { kind: 'not-yet', wait: { by: 'years', years: limit - years - 1 } }
						);
				}
			)
		);
	});

	it('a date of birth gives the same answer as the age it makes, and a birthday still to come', () => {
		const date = fc
			.date({
				min: new Date('2005-01-01T00:00:00Z'),
				max: new Date('2030-12-31T00:00:00Z'),
				noInvalidDate: true,
			})
			.map((d) => d.toISOString().slice(0, 10));
		fc.assert(
			fc.property(date, date, fc.integer({ min: 0, max: 21 }), (birth, on, limit) => {
				const age = readAge('birth', birth, on);
				if ('field' in age || age.mode !== 'birth') return;
				const result = standing(age, limit);
				expect(result.kind).toBe(standing({ mode: 'years', years: age.years }, limit).kind);
				if (result.kind === 'not-yet' && result.wait.by === 'birth') {
					expect(result.wait.on > on).toBe(true);
					expect(result.wait.years).toBeLessThanOrEqual(limit - age.years);
					expect(ageOn(parseDate(birth)!, parseDate(result.wait.on)!)).toBe(limit);
					expect(ageOn(parseDate(birth)!, parseDate(on)!)).toBe(age.years);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('the most-used list’s rule: no “not known” answers where they matter (answerGaps)', () => {
	const list = (ids: string[], maxUnknown = 3) => ({
		apps: ids,
		ages: { youngest: 8, oldest: 16 },
		maxUnknown,
	});

	it('accepts apps answered at every age, including one with no minimum age and a series', () => {
		expect(
			answerGaps(apps, list(['chatterbox', 'brick-park', 'war-games', 'console-box']))
		).toEqual([]);
	});

	it('names a listed app that would answer “not known”, and the ages', () => {
		expect(answerGaps(apps, list(['chatterbox', 'mystery-mail']))).toEqual([
			expect.objectContaining({
				id: 'mystery-mail',
				field: 'minimumAge',
				message: expect.stringMatching(/8, 9, .*16/),
			}),
		]);
		expect(
			unknownAges(
				apps.find((app) => app.id === 'mystery-mail')!,
				8,
				16
			)
		).toHaveLength(9);
	});

	it('tells the editor which file, entry and field to change', () => {
		const message = describeAnswerGaps(answerGaps(apps, list(['mystery-mail', 'nope'])));
		expect(message).toContain('content/data/apps.yaml, entry "mystery-mail": "minimumAge":');
		expect(message).toContain('content/data/most-used-apps.yaml, "apps": "nope" is not an id');
	});

	it('names an id that is not an app, and too many “not known” entries in all', () => {
		expect(answerGaps(apps, list(['nope']))).toEqual([
			expect.objectContaining({ id: 'nope', field: 'apps' }),
		]);
		// Mystery Mail is the fixtures' one entry with nothing known: none may be allowed.
		expect(answerGaps(apps, list([], 0))).toEqual([
			expect.objectContaining({
				id: 'mystery-mail',
				message: expect.stringMatching(/1 apps answer "not known"/),
			}),
		]);
	});
});
