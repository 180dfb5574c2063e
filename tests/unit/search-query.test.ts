import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	aliasSynonyms,
	correctWord,
	countWords,
	editDistance,
	planQuery,
	preferNamedPages,
	rankHits,
	searchQuery,
	words,
	type Hit,
	type SearchIndex,
} from '../../src/lib/search-query';

/** A tiny index: each page's words; a term finds the pages holding all its words (as Pagefind does, by prefix). */
function fakeIndex(
	pages: Record<string, string>,
	extra: Partial<SearchIndex> = {}
): SearchIndex & { searched: string[] } {
	const searched: string[] = [];
	const pageWords = Object.entries(pages).map(([id, text]) => ({ id, words: words(text) }));
	return {
		searched,
		vocabulary: countWords(Object.values(pages)),
		pageCount: pageWords.length,
		search: async (term: string): Promise<Hit[]> => {
			searched.push(term);
			const wanted = words(term);
			if (wanted.length === 0) return [];
			// "friend request", in quotes, is a phrase: its words next to each other.
			const phrase = term.startsWith('"');
			const holds = (own: string[]) =>
				phrase
					? own.some((_, at) => wanted.every((word, offset) => own[at + offset]?.startsWith(word)))
					: wanted.every((word) => own.some((one) => one.startsWith(word)));
			return pageWords
				.filter((page) => holds(page.words))
				.map((page) => ({
					id: page.id,
					score: wanted.reduce(
						(sum, word) => sum + page.words.filter((own) => own.startsWith(word)).length,
						0
					),
				}))
				.sort((a, b) => b.score - a.score);
		},
		...extra,
	};
}

const pages = {
	complaints:
		'Raising a concern. If you have a complaint, contact the school directly. The complaints procedure. Complain in private.',
	ages: 'Age limits. Snapchat, TikTok and Instagram have a minimum age of 13; WhatsApp is 16. Respect age ratings.',
	contact:
		'Contact between pupils and staff. Pupils must not send a friend request to staff. Staff must not follow pupils. Family links are an exception.',
	photos: 'Photographs. Ask permission before uploading photographs or videos of other people.',
	images:
		'I am worried about a post. An indecent image of a child: do not copy it. Tell the safeguarding lead.',
};

describe('planQuery', () => {
	it('keeps the words that carry meaning', () => {
		expect(
			planQuery('my son wants snapchat is he old enough').map((concept) => concept.term)
		).toEqual(['son', 'snapchat', 'old']);
	});

	it('maps people’s phrases to the site’s words, longest first', () => {
		const synonyms = [
			{ words: ['nudes'], means: 'indecent image' },
			{ words: ['fake page', 'fake'], means: 'fake account' },
		];
		expect(
			planQuery('someone posted a fake page of me and shared nudes', synonyms).map(
				({ typed, term }) => [typed, term]
			)
		).toEqual([
			['posted', 'posted'],
			['fake page', 'fake account'],
			['shared', 'shared'],
			['nudes', 'indecent image'],
		]);
	});

	it('searches a query of stop words as typed', () => {
		expect(planQuery('what do I do').map((concept) => concept.term)).toEqual(['what do i do']);
	});

	it('reads curly apostrophes and accents as plain letters', () => {
		expect(words('My daughter’s café')).toEqual(['my', 'daughter', 'cafe']);
	});
});

describe('correctWord', () => {
	const vocabulary = new Map([
		['complain', 5],
		['complaint', 9],
		['safeguarding', 4],
		['instagram', 3],
		['last', 1],
	]);

	it.each([
		// As close to "complain" as to "complaint", which the site uses more.
		['complane', 'complaint'],
		['safegaurding', 'safeguarding'],
		['instagramm', 'instagram'],
		['complaintt', 'complaint'],
	])('corrects “%s” to “%s”', (typed, expected) => {
		expect(correctWord(typed, vocabulary)).toBe(expected);
	});

	it('leaves short words and words far from any of the site’s alone', () => {
		expect(correctWord('lost', vocabulary)).toBeUndefined();
		expect(correctWord('zebra', vocabulary)).toBeUndefined();
	});

	it('counts a swap of two letters as one edit', () => {
		expect(editDistance('safegaurding', 'safeguarding')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('rankHits', () => {
	it('puts pages that match more of the query first, rarer words counting more', () => {
		const ranked = rankHits(
			[
				{ typed: 'snapchat', weight: 1, hits: [{ id: 'ages', score: 5 }] },
				{
					typed: 'old',
					weight: 1,
					hits: [
						{ id: 'ages', score: 2 },
						{ id: 'photos', score: 3 },
						{ id: 'contact', score: 3 },
					],
				},
			],
			5
		);
		expect(ranked[0]?.id).toBe('ages');
		expect(ranked[0]?.coverage).toBe(1);
	});

	it('keeps Pagefind’s order for a single word', () => {
		const hits = [
			{ id: 'a', score: 9 },
			{ id: 'b', score: 5 },
			{ id: 'c', score: 3 },
		];
		expect(rankHits([{ typed: 'x', weight: 1, hits }], 10).map((hit) => hit.id)).toEqual([
			'a',
			'b',
			'c',
		]);
	});
});

describe('searchQuery', () => {
	it('finds the page for a sentence that no page holds every word of', async () => {
		const index = fakeIndex(pages);
		const { results } = await searchQuery(
			'can I send my teacher a friend request on snapchat please',
			index
		);
		expect(results[0]?.id).toBe('contact');
	});

	it('corrects a misspelling against the site’s own words, and says so', async () => {
		const { results, corrections } = await searchQuery('complane', fakeIndex(pages));
		expect(results[0]?.id).toBe('complaints');
		expect(corrections).toEqual([['complane', expect.stringMatching(/^complain/)]]);
	});

	it('leaves a word alone that the site matches as typed, though spelt unlike its words', async () => {
		const { results, corrections } = await searchQuery('photograph', fakeIndex(pages));
		expect(corrections).toEqual([]);
		expect(results[0]?.id).toBe('photos');
	});

	it('searches a synonym as the site’s words', async () => {
		const index = fakeIndex(pages, { synonyms: [{ words: ['nudes'], means: 'indecent image' }] });
		const { results } = await searchQuery('someone shared nudes', index);
		expect(results[0]?.id).toBe('images');
		expect(index.searched).toContain('indecent image');
	});

	it('counts an app’s name for less than what the question is about', async () => {
		const index = fakeIndex(pages, { placeWords: new Set(['snapchat', 'tiktok', 'instagram']) });
		const { results } = await searchQuery('a pupil started to follow me on tiktok', index);
		expect(results[0]?.id).toBe('contact');
	});

	it('searches neighbouring words as a phrase, and leaves out a pair with a word the site never uses', async () => {
		const index = fakeIndex(pages);
		const { results } = await searchQuery('pupil sent me a friend request', index);
		expect(index.searched).toContain('"friend request"');
		expect(results[0]?.id).toBe('contact');
		expect(results.flatMap((result) => result.matched)).not.toContain('pupil sent');
	});

	it('counts a pair of words apart on a page for half of them side by side', async () => {
		const index = fakeIndex({
			...pages,
			apart: 'A request to be your friend online, from a pupil.',
		});
		const { results } = await searchQuery('friend request', index);
		expect(index.searched).toEqual(expect.arrayContaining(['"friend request"', 'friend request']));
		expect(results.map((result) => result.id).slice(0, 2)).toEqual(['contact', 'apart']);
		expect(results.find((result) => result.id === 'apart')?.matched).toContain('friend request');
	});

	it('counts numbers and words such as “year” or “girl” for less than what the question is about', async () => {
		const index = fakeIndex(
			{
				...pages,
				worksheet: 'Worksheet for year 5 and year 6, ages 9 to 11. Year 9 is in another worksheet.',
				lessons: 'Lesson plans for year 5 to year 11, ages 9 to 16.',
			},
			{ synonyms: [{ words: ['nudes'], means: 'indecent image' }] }
		);
		const { results } = await searchQuery('there are nudes of a year 9 girl going round', index);
		expect(results[0]?.id).toBe('images');
	});

	it('weighs a synonym by how rare its meaning is, not by its words as typed', async () => {
		const index = fakeIndex(
			{
				...pages,
				channels: 'Official communication channels. Email is how parents and the school talk.',
				whatsapp: 'WhatsApp. Parents can message.',
				parents:
					'For parents. Parents can message the school. Parents message teachers. Parents and teachers message.',
			},
			{
				synonyms: [{ words: ['message parents'], means: 'communication channels' }],
				placeWords: new Set(['whatsapp']),
			}
		);
		const { results } = await searchQuery('can I use whatsapp to message parents', index);
		expect(results[0]?.id).toBe('channels');
	});

	it('finds nothing, without throwing, when nothing matches or the search fails', async () => {
		await expect(searchQuery('zzzz qqqq', fakeIndex(pages))).resolves.toMatchObject({
			results: [],
		});
		const failing: SearchIndex = {
			vocabulary: new Map(),
			search: () => Promise.reject(new Error('offline')),
		};
		await expect(searchQuery('complaint', failing)).resolves.toMatchObject({ results: [] });
	});

	it('never throws, and gives only pages from the index, each once, whatever is typed', async () => {
		const index = fakeIndex(pages, {
			synonyms: [{ words: ['fake page'], means: 'fake account' }],
			placeWords: new Set(['tiktok']),
		});
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'grapheme' }),
					fc
						.array(
							fc.constantFrom(
								...words(Object.values(pages).join(' ')),
								'my',
								'the',
								'fake',
								'page',
								'complane'
							)
						)
						.map((list) => list.join(' '))
				),
				async (query) => {
					const { results } = await searchQuery(query, index);
					const ids = results.map((result) => result.id);
					expect(ids.every((id) => id in pages)).toBe(true);
					expect(new Set(ids).size).toBe(ids.length);
					for (const result of results) expect(result.coverage).toBeGreaterThanOrEqual(0);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('preferNamedPages', () => {
	const titles: Record<string, string> = {
		myAi: 'Snapchat My AI',
		snapchat: 'Snapchat',
		ages: 'Age limits',
		privacy: 'Privacy notice',
	};
	const titleOf = (id: string) => titles[id];

	it('puts the page named just what was asked for before pages whose names add to it', () => {
		const results = [{ id: 'ages' }, { id: 'myAi' }, { id: 'snapchat' }];
		expect(
			preferNamedPages(results, titleOf, planQuery('is snapchat ok')).map(({ id }) => id)
		).toEqual(['ages', 'snapchat', 'myAi']);
	});

	it('leaves the order alone when no page is named just that', () => {
		const results = [{ id: 'privacy' }, { id: 'ages' }, { id: 'myAi' }];
		expect(preferNamedPages(results, titleOf, planQuery('privacy my ai'))).toEqual(results);
		expect(preferNamedPages(results, () => undefined, planQuery('snapchat'))).toEqual(results);
	});
});

describe('aliasSynonyms', () => {
	it('maps an app’s nicknames to its name, unless the site already uses the words', () => {
		const vocabulary = new Map([
			['family', 2],
			['link', 2],
		]);
		expect(
			aliasSynonyms(
				[
					{ name: 'Instagram', aliases: ['insta', 'ig'] },
					{ name: 'Google account (Gmail)', aliases: ['family link'] },
				],
				vocabulary
			)
		).toEqual([{ words: ['insta', 'ig'], means: 'Instagram' }]);
	});
});
