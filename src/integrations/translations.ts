import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import {
	englishIdOf,
	languageCodes,
	languageOf,
	type LanguageCode,
} from '../lib/translation-languages.ts';
import {
	describeState,
	sourceHash,
	translationState,
	type TranslationRecord,
	type TranslationState,
} from '../lib/translation.ts';

export interface Translation {
	/** The translation's file, "content/docs/pl/for-parents.mdx". */
	file: string;
	language: LanguageCode;
	/** The English page's file it translates, "content/docs/for-parents.mdx"; undefined if there is none. */
	englishFile: string | undefined;
	record: TranslationRecord | undefined;
	state: TranslationState | undefined;
}

const frontmatter = (text: string): Record<string, unknown> =>
	(parse(text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') as Record<string, unknown>) ?? {};

/** The English page's file for a page id ("for-parents", "index", "policy/age-limits"), if there is one. */
export function englishFileOf(root: string, id: string): string | undefined {
	return ['.mdx', '.md', '/index.mdx', '/index.md']
		.map((ending) => `content/docs/${id}${ending}`)
		.find((file) => existsSync(join(root, file)));
}

/** Every translated page in content/docs/<language>/, with what it records and its state against the English now. */
export function translationsIn(root: string): Translation[] {
	const docs = join(root, 'content/docs');
	return languageCodes
		.filter((code) => existsSync(join(docs, code)))
		.flatMap((code) =>
			readdirSync(join(docs, code), { recursive: true, encoding: 'utf8' })
				.filter((file) => /\.mdx?$/.test(file))
				.sort()
				.map((file) => `${code}/${file}`)
		)
		.map((relativeFile) => {
			const file = `content/docs/${relativeFile}`;
			const id = relativeFile.replace(/\.mdx?$/, '').replace(/\/index$/, '');
			const englishFile = englishFileOf(root, englishIdOf(id));
			const data = frontmatter(readFileSync(join(root, file), 'utf8'));
			const raw = data['translation'] as Partial<TranslationRecord> | undefined;
			const record: TranslationRecord | undefined =
				raw && typeof raw.source === 'string'
					? {
							source: raw.source,
							made: String(raw.made ?? ''),
							method: raw.method === 'person' ? 'person' : 'machine',
							checkedBy: raw.checkedBy ?? null,
							checkedOn: raw.checkedOn ? String(raw.checkedOn) : null,
						}
					: undefined;
			const state =
				record && englishFile
					? translationState(record, readFileSync(join(root, englishFile), 'utf8'))
					: undefined;
			return { file, language: languageOf(id)!, englishFile, record, state };
		});
}

/** A widget's words file in another language that records its English source ("content/data/concern-about-the-school.pl.yaml"). */
export interface WordsTranslation {
	file: string;
	language: LanguageCode;
	englishFile: string;
	/** The hash it records of the English file it was made from, and the English file's hash now. */
	source: string;
	now: string;
}

/** Every words file content/data/<name>.<language>.yaml with a `source:` (the decision helpers' words), against its English file. */
export function wordsTranslationsIn(root: string): WordsTranslation[] {
	const data = join(root, 'content/data');
	if (!existsSync(data)) return [];
	return readdirSync(data)
		.sort()
		.flatMap((name) => {
			const match = name.match(/^(.+)\.([a-z]+)\.yaml$/);
			const language = languageCodes.find((code) => code === match?.[2]);
			if (!match || !language) return [];
			const englishFile = `content/data/${match[1]}.yaml`;
			// Read as written: YAML would take a hash of digits only ("000000000000") for a number.
			const source = /^source:\s*["']?([0-9a-f]{12})\b/m.exec(
				readFileSync(join(data, name), 'utf8')
			)?.[1];
			if (!source || !existsSync(join(root, englishFile))) return [];
			const now = sourceHash(readFileSync(join(root, englishFile), 'utf8'));
			return [{ file: `content/data/${name}`, language, englishFile, source, now }];
		});
}

/**
 * Warns, as the site builds, about each translation whose English page has changed since it was made (naming both
 * files), and each that names no English page or records no `translation:`: the page itself then says it may be out of date.
 */
export function translationWarnings(root = process.cwd()): AstroIntegration {
	return {
		name: 'translation-warnings',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				for (const translation of translationsIn(root)) {
					if (!translation.englishFile)
						logger.warn(
							`${translation.file}: there is no English page of that name in content/docs/ to translate. Hint: give it the English page's path under content/docs/${translation.language}/.`
						);
					else if (!translation.record)
						logger.warn(
							`${translation.file}, field "translation": missing. Hint: add translation: { source: <the hash \`npm run translations\` prints>, made: <date>, method: …, checkedBy: null, checkedOn: null }.`
						);
					else if (translation.state && !translation.state.upToDate)
						logger.warn(
							`${describeState(translation.file, translation.englishFile, translation.state)}. Hint: update the translation from the English, then set its translation.source to the hash \`npm run translations\` prints.`
						);
				}
				for (const words of wordsTranslationsIn(root))
					if (words.source !== words.now)
						logger.warn(
							`${words.file}, field "source": OUT OF DATE: ${words.englishFile} has changed since it was translated (made from ${words.source}, English now ${words.now}). Hint: update the translated words from the English, then set source: ${words.now}.`
						);
			},
		},
	};
}
