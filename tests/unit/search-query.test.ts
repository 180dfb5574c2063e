import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	aliasSynonyms,
	askerOf,
	correctWord,
	countWords,
	describesSituation,
	editDistance,
	highlight,
	isContextWord,
	isStopWord,
	pageKind,
	planQuery,
	preferNamedPages,
	protectedWords,
	rankHits,
	searchQuery,
	stem,
	withoutOwnMeaning,
	words,
	type Hit,
	type PageKind,
	type SearchIndex,
	type Synonym,
} from '../../src/lib/search-query';
import { dictionaryWords } from '../../src/lib/word-forms';
import { fillIn } from '../../src/lib/search-wording';

/**
 * A tiny index: each page's words; a term finds the pages holding all its words (as Pagefind does, by prefix); a
 * term in quotes is Pagefind's exact search, its words side by side, each the same word or a form of it (its stem).
 */
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
					? own.some((_, at) =>
							wanted.every((word, offset) => stem(own[at + offset] ?? '') === stem(word))
						)
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

	it('leaves out the school’s word for a learner as a synonym of itself, and nothing else', () => {
		const synonyms = [
			{ words: ['pupil', 'pupils', 'student', 'students'], means: 'student' },
			{ words: ['sextortion', 'blackmail'], means: 'sextortion' },
		];
		expect(withoutOwnMeaning(synonyms, 'student')).toEqual([
			{ words: ['pupil', 'pupils'], means: 'student' },
			{ words: ['sextortion', 'blackmail'], means: 'sextortion' },
		]);
		expect(withoutOwnMeaning([{ words: ['pupil'], means: 'pupil' }], 'pupil')).toEqual([]);
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

	it('leaves short words, English words and words far from any of the site’s alone', () => {
		// Three letters or fewer are never corrected; four may have one wrong, as the age checker's names may.
		expect(correctWord('lst', vocabulary)).toBeUndefined();
		expect(correctWord('lost', vocabulary, new Set(['lost']))).toBeUndefined();
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
		// "sent" is English, so it is not taken for a misspelling of "send".
		const index = fakeIndex(pages, { english: new Set(['sent']) });
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

describe('pageKind', () => {
	it.each([
		['policy/extremism', 'policy'],
		['policy/in-full', 'document'],
		['tools/worried-about-a-post', 'helper'],
		['tools/age-checker', 'tool'],
		['help/something-upset-me', 'help'],
		['parents/sent-a-picture', 'help'],
		['staff/when-you-are-targeted', 'help'],
		['apps/roblox', 'guide'],
		['devices/xbox', 'guide'],
		['devices', 'help'],
		['contacts', 'contacts'],
		['for-parents', 'audience'],
		['', 'audience'],
		['lessons/ages-9-to-11', 'lesson'],
		['about/privacy', 'about'],
		['site-map', 'about'],
	])('gives “%s” the kind %s, from its address alone', (slug, kind) => {
		expect(pageKind(slug, ['tools/worried-about-a-post'])).toBe(kind);
	});
});

describe('describesSituation', () => {
	it.each([
		'a pupil sent me a friend request',
		'someone is posting horrible things about my son',
		'my daughter shared a photo',
	])('reads “%s” as a situation: someone did something', (text) => {
		expect(describesSituation(text)).toBe(true);
	});

	it.each([
		'friend request',
		'when was this policy last reviewed',
		'bad review',
		'parental controls',
	])('reads “%s” as a topic', (text) => {
		expect(describesSituation(text)).toBe(false);
	});
});

describe('highlight', () => {
	const marked = (text: string, searched: string[]) =>
		highlight(text, searched)
			.filter(({ mark }) => mark)
			.map(({ text }) => text);

	it('marks whole words and their other forms', () => {
		expect(marked('Someone posted it. Posts and posting.', ['post'])).toEqual([
			'posted',
			'Posts',
			'posting',
		]);
	});

	it('never marks a word that only starts with a searched word, nor words that carry no meaning', () => {
		expect(marked('Social media: something someone says.', ['so', 'someone', 'a'])).toEqual([]);
		expect(marked('A social post', ['a social'])).toEqual(['social']);
	});

	it('keeps every letter of the text, in order', () => {
		const text = 'Report it to CEOP, then tell the DSL.';
		expect(
			highlight(text, ['report', 'dsl'])
				.map(({ text }) => text)
				.join('')
		).toBe(text);
	});
});

describe('stem', () => {
	it('gives a word’s forms one stem, and leaves short words whole', () => {
		expect(new Set(['bullies', 'bullied', 'bully'].map(stem))).toEqual(new Set(['bully']));
		expect(stem('is')).toBe('is');
		expect(stem('used')).toBe('used');
	});
});

describe('the spelling correction knows real English words', () => {
	const vocabulary = new Map([
		['apply', 4],
		['screen', 3],
		['complain', 2],
	]);

	it('never replaces a word that is spelt right, though the site uses a word one letter away', () => {
		expect(correctWord('apple', vocabulary)).toBe('apply');
		expect(correctWord('apple', vocabulary, new Set(['apple']))).toBeUndefined();
		expect(correctWord('complane', vocabulary, new Set(['apple']))).toBe('complain');
	});

	it('protects only the English words that a correction could mistake for the site’s', () => {
		expect(protectedWords(['apple', 'apples', 'banana', 'screen', 'Screens'], vocabulary)).toEqual([
			'apple',
			'screens',
		]);
	});

	it('reads every form of a dictionary’s words (tests/fixtures/search/tiny.aff and .dic)', () => {
		const forms = dictionaryWords(
			readFileSync('tests/fixtures/search/tiny.aff', 'utf8'),
			readFileSync('tests/fixtures/search/tiny.dic', 'utf8')
		);
		expect([...forms].sort()).toEqual(
			[
				'apple',
				'apples',
				'replies',
				'reply',
				'post',
				'posts',
				'posted',
				'unpost',
				'unposts',
				'unposted',
				'screen',
			].sort()
		);
	});

	it('searches an English word as typed, and says what it searched when it corrects one', async () => {
		const index = fakeIndex(
			{ apply: 'How to apply for a place.', settings: 'Screen time settings on a phone.' },
			{ english: new Set(['apple']) }
		);
		const outcome = await searchQuery('apple screen time', index);
		expect(outcome.corrections).toEqual([]);
		expect(outcome.results[0]?.id).toBe('settings');
	});
});

describe('searchQuery, by the kinds of page', () => {
	const guidePages = {
		situation:
			'I am worried about a post. Someone posted something about a pupil: tell the safeguarding lead.',
		versions: 'Changes to the policy. Someone posted the new version: the changes made and posted.',
		snapchat: 'Snapchat. Share photos with friends, chat and post stories. Report someone.',
		roblox: 'Roblox. Chat with friends, share and post. Report someone who posted.',
		ages: 'Age limits. Apps and games have minimum ages. Snapchat is 13.',
	};
	const kinds = new Map<string, PageKind>([
		['situation', 'helper'],
		['versions', 'about'],
		['snapchat', 'guide'],
		['roblox', 'guide'],
		['ages', 'policy'],
	]);
	const index = () =>
		fakeIndex(guidePages, {
			kinds,
			placeWords: new Set(['snapchat', 'roblox']),
			generalGuideWords: new Set(['apps']),
		});
	const ids = async (query: string) =>
		(await searchQuery(query, index())).results.map(({ id }) => id);

	it('leaves out an app’s guide unless the question names the app', async () => {
		expect(await ids('someone posted about my friend')).not.toContain('roblox');
		expect(await ids('someone posted about my friend')).not.toContain('snapchat');
		const named = await ids('someone posted about my friend on snapchat');
		expect(named).toContain('snapchat');
		expect(named).not.toContain('roblox');
	});

	it('lets every guide compete when the question asks about apps in general', async () => {
		expect(await ids('which apps let you chat with friends')).toEqual(
			expect.arrayContaining(['roblox', 'snapchat'])
		);
	});

	it('puts the helper before a page about the site when the question says what happened', async () => {
		const [first] = await ids('someone posted about a pupil');
		expect(first).toBe('situation');
	});

	it('puts the page on what happened before the guide to an app the situation names', async () => {
		const [first] = await ids('someone posted photos of a pupil on snapchat');
		expect(first).toBe('situation');
		expect((await ids('snapchat photos'))[0]).toBe('snapchat');
	});

	it('says which words of the question no page holds', async () => {
		const outcome = await searchQuery('deepfake of a pupil', index());
		expect(outcome.unmatched).toEqual(['deepfake']);
		expect(outcome.results.length).toBeGreaterThan(0);
	});
});

describe('searchQuery, when a child may be at risk', () => {
	const synonyms: Synonym[] = [
		{
			words: ['nudes', 'blackmail'],
			means: 'indecent image',
			concept: 'images',
			route: ['missing/page', 'tools/worried'],
		},
		{ words: ['threaten'], means: 'threats', concept: 'threats', route: ['tools/worried'] },
	];
	const atRiskPages = {
		worried:
			'Worried about a post: an indecent image of a child. Threats. Tell the safeguarding lead.',
		game: 'Among Us. Share pictures, chat, send more. Friends and pictures and more pictures.',
		photos: 'Photographs: ask before you share pictures of other people.',
	};
	const index = (extra: Partial<SearchIndex> = {}) =>
		fakeIndex(atRiskPages, {
			synonyms,
			kinds: new Map<string, PageKind>([
				['worried', 'helper'],
				['game', 'guide'],
				['photos', 'policy'],
			]),
			pageAt: async (slug) => (slug === 'tools/worried' ? 'worried' : undefined),
			...extra,
		});

	it('leads with the first route page the site has, whatever else the sentence holds', async () => {
		const outcome = await searchQuery(
			'he will share my pictures and send more pictures unless i send nudes',
			index()
		);
		expect(outcome.results[0]?.id).toBe('worried');
		expect(outcome.route).toBe('tools/worried');
	});

	it('recognises the concept in a misspelling or another form of its words', async () => {
		const misspelt = await searchQuery('sum1 leaked my nudez', index());
		expect(misspelt.corrections).toContainEqual(['nudez', 'nudes']);
		expect(misspelt.results[0]?.id).toBe('worried');
		expect((await searchQuery('he threatens me', index())).results[0]?.id).toBe('worried');
	});

	it('puts the route first even when no page matched the rest of the words', async () => {
		const outcome = await searchQuery('blackmail', index({ search: async () => [] }));
		expect(outcome.results.map(({ id }) => id)).toEqual(['worried']);
	});

	it('puts no route first for a question about something else', async () => {
		const outcome = await searchQuery('share pictures', index());
		expect(outcome.route).toBeUndefined();
		expect(outcome.results[0]?.id).not.toBe('worried');
	});

	const together: Synonym = {
		words: [],
		means: 'threats',
		concept: 'coercion',
		route: ['tools/worried'],
		together: [
			['pictures', 'pics'],
			['unless', 'or theyll'],
		],
	};

	it('recognises a situation by its parts together, in any order and with other words between', async () => {
		const withParts = index({ synonyms: [...synonyms, together] });
		for (const query of [
			'he says he wants more pictures unless i pay',
			'or theyll tell my mum about the pics',
		]) {
			const outcome = await searchQuery(query, withParts);
			expect(outcome.route, query).toBe('tools/worried');
			expect(outcome.results[0]?.id, query).toBe('worried');
		}
	});

	it('does not recognise a situation from one of its parts alone', async () => {
		const withParts = index({ synonyms: [...synonyms, together] });
		expect((await searchQuery('pictures of the play', withParts)).route).toBeUndefined();
		expect((await searchQuery('unless it rains', withParts)).route).toBeUndefined();
	});
});

describe('words that say who, where or when', () => {
	it('include the words that say when ("for weeks", "at the weekend"), which narrow a question but are not its subject', () => {
		for (const word of ['weeks', 'weekend', 'tonight', 'saturday', 'daughter', 'phone', '2am'])
			expect(isContextWord(word), word).toBe(true);
		for (const word of ['grooming', 'message', 'bullying', 'photographs'])
			expect(isContextWord(word), word).toBe(false);
	});
});

describe('words that carry no meaning', () => {
	it('include the forms of a stop word, not words that only start with one', () => {
		for (const word of ['keeps', 'asking', 'getting', 'having', 'saying', 'goes'])
			expect(isStopWord(word), word).toBe(true);
		for (const word of ['posting', 'sending', 'bullying', 'photos', 'meeting'])
			expect(isStopWord(word), word).toBe(false);
	});

	it('reads an ending after an apostrophe as the word’s own, and “-in” as said for “-ing”', async () => {
		expect(words('he keeps dm’ing me')).toEqual(['he', 'keeps', 'dm', 'me']);
		expect(words("they'll")).toEqual(['theyll']);
		const index = fakeIndex({ a: 'Watching videos late at night.' });
		const outcome = await searchQuery('watchin vids', index);
		expect(outcome.concepts.map(({ term }) => term)).toContain('watching');
	});

	it('never corrects a misspelt word into one that carries no meaning, nor into a word it is made of', () => {
		expect(correctWord('dming', new Map([['doing', 5]]))).toBeUndefined();
		expect(correctWord('linkedin', new Map([['linked', 5]]))).toBeUndefined();
		expect(correctWord('complane', new Map([['complain', 5]]))).toBe('complain');
	});

	it('reads a phrase with an object pronoun after its first word as the phrase', () => {
		const synonyms: Synonym[] = [{ words: ['take down'], means: 'deleted' }];
		expect(planQuery('can she take it down', synonyms).map(({ term }) => term)).toEqual([
			'deleted',
		]);
		expect(planQuery('take the bins down', synonyms).map(({ term }) => term)).not.toContain(
			'deleted'
		);
	});
});

describe('searchQuery, whole words', () => {
	const tripPages = {
		trips: 'School trips: the letter home says when the coach leaves.',
		triple: 'A triple check of every form, and a triple lock on the door.',
	};
	it('counts a page only when it holds the word or a form of it, not a longer word the word begins', async () => {
		const outcome = await searchQuery('whatsapp for the trip home', fakeIndex(tripPages));
		expect(outcome.results.map(({ id }) => id)).toEqual(['trips']);
	});
	it('still finds the longer words for the last word, while it may be being typed', async () => {
		const outcome = await searchQuery('check tri', fakeIndex(tripPages));
		expect(outcome.results[0]?.id).toBe('triple');
	});
});

describe('who is asking', () => {
	/** Fixture: the same situation, one page for parents and one for pupils, and a page for everyone. */
	const askers = [
		{ audience: 'Parents', words: ['my son', 'my daughter'] },
		{ audience: 'Pupils', words: ['my mum', 'people in my class'] },
		{ audience: 'Staff', words: ['a pupil'] },
	];
	const audiencePages = {
		forParents: 'Bullied online: what to do tonight when your child is bullied in a group chat.',
		forPupils:
			'Bullied online: tell an adult you trust when people are bullying you in a group chat.',
		everyone: 'Contacts: who to call. Bullied online? Childline, the school office, the DSL.',
	};
	const audiences = new Map([
		['forParents', ['Parents']],
		['forPupils', ['Pupils']],
	]);
	const index = (extra: Partial<SearchIndex> = {}) =>
		fakeIndex(audiencePages, { askers, audiences, ...extra });

	it('reads who is asking from the words, and only when the question says one', () => {
		expect(askerOf('my son is being bullied', askers)).toBe('Parents');
		expect(askerOf('People in my class are bullying me', askers)).toBe('Pupils');
		expect(askerOf('a pupil told me she is bullied', askers)).toBe('Staff');
		expect(askerOf('bullied in a group chat', askers)).toBeUndefined();
		expect(askerOf('my son told my mum', askers)).toBeUndefined();
	});

	it('puts the page written for the asker before the page on the same thing written for others', async () => {
		const parent = await searchQuery('my son is bullied online in a group chat', index());
		const pupil = await searchQuery(
			'people in my class bullied me online in a group chat',
			index()
		);
		expect(parent.results[0]?.id).toBe('forParents');
		expect(pupil.results[0]?.id).toBe('forPupils');
	});

	it('leads with the route page written for the asker, else the first the site has', async () => {
		const synonyms: Synonym[] = [
			{
				words: ['wants to die'],
				means: 'self-harm',
				concept: 'self-harm',
				route: ['help/pupils', 'staff/self-harm', 'contacts'],
			},
		];
		const ids: Record<string, string> = {
			'help/pupils': 'forPupils',
			'staff/self-harm': 'forStaff',
			contacts: 'everyone',
		};
		const routed = index({
			synonyms,
			audiences: new Map([
				['forPupils', ['Pupils']],
				['forStaff', ['Staff']],
			]),
			pageAt: async (slug) => ids[slug],
		});
		expect((await searchQuery('a pupil wants to die', routed)).route).toBe('staff/self-harm');
		expect((await searchQuery('my daughter wants to die', routed)).route).toBe('contacts');
		expect((await searchQuery('my friend wants to die', routed)).route).toBe('help/pupils');
	});

	it('leads, for an asker who says who they are, with the route page written for them alone before one for everyone', async () => {
		const synonyms: Synonym[] = [
			{
				words: ['grooming'],
				means: 'grooming',
				concept: 'grooming',
				route: ['tools/helper', 'help/pupils', 'parents/stranger'],
			},
		];
		const ids: Record<string, string> = {
			'tools/helper': 'helperForEveryone',
			'help/pupils': 'forPupils',
			'parents/stranger': 'forParents',
		};
		const routed = index({
			synonyms,
			audiences: new Map([
				['helperForEveryone', ['Parents', 'Pupils', 'Staff']],
				['forPupils', ['Pupils']],
				['forParents', ['Parents']],
			]),
			pageAt: async (slug) => ids[slug],
		});
		expect((await searchQuery('grooming signs in my daughter', routed)).route).toBe(
			'parents/stranger'
		);
		expect((await searchQuery('my mum says it is grooming', routed)).route).toBe('help/pupils');
		expect((await searchQuery('a pupil grooming', routed)).route).toBe('tools/helper');
		expect((await searchQuery('grooming', routed)).route).toBe('tools/helper');
	});
});

describe('fillIn', () => {
	it('fills in the placeholders it has values for, and leaves the others as written', () => {
		expect(fillIn('{count} pages found for {audience}.', { count: 3, audience: 'staff' })).toBe(
			'3 pages found for staff.'
		);
		expect(fillIn('Searched for {searched}.', {})).toBe('Searched for {searched}.');
	});
});
