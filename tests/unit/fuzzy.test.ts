import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closeMatches, closeness, compact, editDistance } from '../../src/lib/fuzzy';
import { checkAge, closeApps, findApp, names } from '../../src/lib/age-check';
import { fixtureApps } from '../support/apps';

const apps = fixtureApps();

describe('the distance between two spellings', () => {
	it.each([
		['instagram', 'instagram', 0],
		['instagramm', 'instagram', 1],
		['instgram', 'instagram', 1],
		['insatgram', 'instagram', 1],
		['snapchta', 'snapchat', 1],
		['roblox', 'fortnite', 7],
		['', 'abc', 3],
	])('“%s” to “%s” is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});

	it('ignores spaces, hyphens, case and accents when names are compacted', () => {
		expect(compact('Tik-Tok')).toBe('tiktok');
		expect(compact(' you  tube ')).toBe('youtube');
		expect(compact('Pokémon GO')).toBe('pokemongo');
	});

	it('forgives no slip in a very short name, one in a short name and two in a long one', () => {
		expect(closeness('wb', 'wa')).toBeUndefined();
		expect(closeness('snapp', 'snap')).toBe(1);
		expect(closeness('chaterboxx', 'chatterbox')).toBe(2);
		expect(closeness('chtrbox', 'chatterbox')).toBeUndefined();
	});
});

describe('finding an app despite spaces, hyphens and slips', () => {
	it.each([
		['chatter box', 'chatterbox'],
		['chatter-box', 'chatterbox'],
		['CHAT-TERBOX', 'chatterbox'],
		['ocean-racer', 'ocean-racer'],
		['oceanracer', 'ocean-racer'],
		['block world', 'blockworld'],
	])('“%s” finds %s at once', (typed, id) => {
		expect(findApp(apps, typed)?.id).toBe(id);
	});

	it.each([
		['chaterbox', 'chatterbox'],
		['chatterbx', 'chatterbox'],
		['blokworld', 'blockworld'],
		['nigth raid', 'night-raid'],
		['ocean racr', 'ocean-racer'],
	])('“%s” is not taken for an app, but offers “Did you mean %s?”', (typed, id) => {
		expect(findApp(apps, typed)).toBeUndefined();
		const verdict = checkAge(apps, { app: typed, age: '12', mode: 'years', today: '2026-11-24' });
		expect(verdict.kind === 'unknown-app' && verdict.suggestions[0]?.id).toBe(id);
	});

	it('does not squeeze very short names together: “c-b” is not taken for “cb”', () => {
		expect(findApp(apps, 'cb')?.id).toBe('chatterbox');
		expect(findApp(apps, 'c-b')).toBeUndefined();
	});
});

describe('whatever is typed', () => {
	const name = fc.constantFrom(
		...apps.flatMap((app) =>
			names(app)
				.filter((n) => compact(n).length > 7)
				.map((n) => [app.id, n] as const)
		)
	);

	it('the distance is symmetric, zero only for the same text, and never more than the longer length', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
				const distance = editDistance(a, b);
				expect(editDistance(b, a)).toBe(distance);
				expect(distance === 0).toBe(a === b);
				expect(distance).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
			})
		);
	});

	it('one slip in a long name (a letter lost, added, changed or two swapped) still offers that app first or finds it', () => {
		const slip = fc
			.tuple(
				name,
				fc.nat(),
				fc.constantFrom('delete', 'insert', 'change', 'swap'),
				fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz')
			)
			.map(([[id, text], at, how, letter]) => {
				const i = at % text.length;
				const typed =
					how === 'delete'
						? text.slice(0, i) + text.slice(i + 1)
						: how === 'insert'
							? text.slice(0, i) + letter + text.slice(i)
							: how === 'change'
								? text.slice(0, i) + letter + text.slice(i + 1)
								: text.slice(0, i) + (text[i + 1] ?? '') + text[i] + text.slice(i + 2);
				return { id, typed };
			});
		fc.assert(
			fc.property(slip, ({ id, typed }) => {
				const found = findApp(apps, typed);
				if (found) return;
				expect(closeApps(apps, typed).map((app) => app.id)).toContain(id);
			})
		);
	});

	it('close matches never throw and never repeat an app, for any text', () => {
		fc.assert(
			fc.property(fc.string(), (typed) => {
				const matches = closeMatches(apps, typed, names);
				expect(new Set(matches).size).toBe(matches.length);
				expect(matches.length).toBeLessThanOrEqual(3);
			})
		);
	});
});
