import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	translationWarnings,
	translationsIn,
	wordsTranslationsIn,
} from '../../src/integrations/translations';
import { siteWordsSchema } from '../../src/schemas/site-words';
import { sourceHash, translationState, type TranslationRecord } from '../../src/lib/translation';
import {
	englishIdOf,
	isTranslation,
	languageCodes,
	languageOf,
} from '../../src/lib/translation-languages';

/** The keys of a words file, as paths ("notice.title"); the sidebar's group names are keyed by their English names. */
const keysOf = (value: unknown, at = ''): string[] =>
	value && typeof value === 'object'
		? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, at ? `${at}.${key}` : key))
		: [at];

const wordsFile = (code?: string) =>
	parse(readFileSync(`content/data/site-words${code ? `.${code}` : ''}.yaml`, 'utf8')) as Record<
		string,
		unknown
	>;

describe('the site’s own words in every shipped language', () => {
	const english = wordsFile();

	it('the English file matches its schema', () => {
		expect(siteWordsSchema.safeParse(english).success).toBe(true);
	});

	it.each(languageCodes)(
		'%s has a words file that matches the schema, with every English key and the layers’ words',
		(code) => {
			const words = wordsFile(code);
			const result = siteWordsSchema.safeParse(words);
			expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
			expect(
				keysOf(words)
					.filter((key) => !key.startsWith('layers.'))
					.sort()
			).toEqual(keysOf(english).sort());
			expect(words['layers']).toBeDefined();
		}
	);

	it.each(languageCodes)(
		'%s keeps every {placeholder} of the English sentence it translates',
		(code) => {
			const words = wordsFile(code);
			const placeholders = (text: unknown) =>
				[...String(text).matchAll(/\{\w+\}/g)].map(([name]) => name).sort();
			const at = (object: unknown, path: string) =>
				path
					.split('.')
					.reduce<unknown>((inner, key) => (inner as Record<string, unknown>)?.[key], object);
			for (const key of keysOf(english))
				expect(placeholders(at(words, key)), key).toEqual(placeholders(at(english, key)));
		}
	);
});

describe('a page’s language, from its id or file', () => {
	it('tells a translation from an English page, and names the English page it translates', () => {
		expect(languageOf('pl/for-parents')).toBe('pl');
		expect(languageOf('policy/age-limits')).toBeUndefined();
		// A page whose name only starts like a language is English.
		expect(languageOf('plans/pl')).toBeUndefined();
		expect(englishIdOf('ur/policy/age-limits')).toBe('policy/age-limits');
		expect(englishIdOf('pl')).toBe('index');
		expect(englishIdOf('pl/index')).toBe('index');
		expect(isTranslation('ar/contacts.mdx')).toBe(true);
		expect(isTranslation('contacts.mdx')).toBe(false);
	});
});

/** tests/fixtures/translations/: an English page, one translation made from it as it is, one from an older text. */
const fixture = new URL('../fixtures/translations/', import.meta.url).pathname;

describe('a translation’s record of the English it was made from', () => {
	const record = (source: string, checked = false): TranslationRecord => ({
		source,
		made: '2026-12-02',
		method: 'machine',
		checkedBy: checked ? 'Mrs A. Speaker' : null,
		checkedOn: checked ? '2026-12-03' : null,
	});

	it('is up to date while the English file is as it was, and out of date once it changes by a word', () => {
		const english = 'If parents have a concern about the school, we would urge them to contact us.';
		expect(translationState(record(sourceHash(english)), english)).toEqual({
			upToDate: true,
			checked: false,
		});
		expect(
			translationState(record(sourceHash(english)), english.replace('urge', 'ask')).upToDate
		).toBe(false);
	});

	it('is checked only once a speaker at the school and the day are both recorded', () => {
		expect(translationState(record('000000000000', true), '').checked).toBe(true);
		expect(translationState({ ...record('000000000000', true), checkedOn: null }, '').checked).toBe(
			false
		);
	});

	it('is read from each translated page in the fixture, and the one whose English changed is out of date', () => {
		const found = translationsIn(fixture);
		expect(found.map(({ file, state }) => [file, state?.upToDate])).toEqual([
			['content/docs/pl/changed.mdx', false],
			['content/docs/pl/current.mdx', true],
		]);
	});

	it('makes the build warn, naming the translation and the English file that changed', () => {
		const warnings: string[] = [];
		const hook = translationWarnings(fixture).hooks['astro:config:setup'] as unknown as (options: {
			logger: { warn: (message: string) => void };
		}) => void;
		hook({ logger: { warn: (message) => warnings.push(message) } });
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('content/docs/pl/changed.mdx');
		expect(warnings[0]).toContain('content/docs/changed.mdx');
		expect(warnings[0]).toContain('OUT OF DATE');
	});
});

describe('a widget’s words in another language, and the English file they were made from', () => {
	/** tests/fixtures/words-translations/: one words file translated from the English as it is, one from an older text. */
	const words = new URL('../fixtures/words-translations/', import.meta.url).pathname;

	it('is up to date while the English words file is as it was, and out of date once it changes', () => {
		expect(
			wordsTranslationsIn(words).map(({ file, source, now }) => [file, source === now])
		).toEqual([
			['content/data/helper.pl.yaml', true],
			['content/data/other.pl.yaml', false],
		]);
	});

	it('makes the build warn, naming the words file and the English file that changed', () => {
		const warnings: string[] = [];
		const hook = translationWarnings(words).hooks['astro:config:setup'] as unknown as (options: {
			logger: { warn: (message: string) => void };
		}) => void;
		hook({ logger: { warn: (message) => warnings.push(message) } });
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('content/data/other.pl.yaml');
		expect(warnings[0]).toContain('content/data/other.yaml');
		expect(warnings[0]).toContain('OUT OF DATE');
	});
});

describe('the translations the project ships', () => {
	const shipped = translationsIn(process.cwd());

	it('exist, in Polish and Urdu at least', () => {
		expect(shipped.some(({ language }) => language === 'pl')).toBe(true);
		expect(shipped.some(({ language }) => language === 'ur')).toBe(true);
	});

	it.each(shipped.map((translation) => [translation.file, translation] as const))(
		'%s translates an English page and records what it was made from',
		(_file, translation) => {
			expect(translation.englishFile).toBeDefined();
			expect(translation.record?.source).toMatch(/^[0-9a-f]{12}$/);
			expect(translation.state).toBeDefined();
		}
	);

	// Whether each is up to date is not failed here: a school that rewords an English page has broken nothing. Its
	// translation says on the page that it may be out of date, and the build warns (both tested above on the fixture),
	// until someone who reads the language brings it up to date; `npm run translations` lists them.

	it.each(shipped.map(({ file }) => [file] as const))(
		'%s keeps the English page’s components and links',
		(file) => {
			const text = readFileSync(file, 'utf8');
			const english = readFileSync(
				translationsIn(process.cwd()).find((t) => t.file === file)!.englishFile!,
				'utf8'
			);
			const components = (source: string) =>
				[...source.matchAll(/<([A-Z]\w+)\b/g)]
					.map(([, name]) => name)
					.filter((name) => name !== 'InEnglish')
					.sort();
			expect(components(text)).toEqual(components(english));
			// The school's names and contacts come from its settings, never typed into a translation.
			for (const [, expression] of english.matchAll(/\{(school\.[\w.]+)/g))
				expect(text).toContain(expression);
		}
	);

	it('are all in a language folder the project ships', () => {
		const folders = readdirSync(join(process.cwd(), 'content/docs'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name.length <= 3)
			.map((entry) => entry.name);
		for (const folder of folders) expect(languageCodes as string[]).toContain(folder);
	});
});

describe('the content collection’s list of language folders', () => {
	it('is the list of languages the project ships (src/content.config.ts cannot import it)', () => {
		const text = readFileSync('src/content.config.ts', 'utf8');
		const listed = text.match(/const languageCodes = \[([^\]]*)\]/)?.[1] ?? '';
		expect([...listed.matchAll(/'([a-z-]+)'/g)].map(([, code]) => code)).toEqual(languageCodes);
	});
});
