/**
 * `npm run translations`: lists every translated page (content/docs/<language>/), the English page it translates,
 * whether the English has changed since (its hash now, to copy into `translation.source` once the translation is
 * updated), and whether a speaker at the school has checked it. Exits 0: it reports, it does not judge.
 */
import { readFileSync } from 'node:fs';
import { translationsIn, wordsTranslationsIn } from '../src/integrations/translations.ts';
import { sourceHash } from '../src/lib/translation.ts';
import { shippedLanguages } from '../src/lib/translation-languages.ts';

const root = process.cwd();
const translations = translationsIn(root);
let language = '';
for (const { file, language: code, englishFile, record, state } of translations) {
	if (code !== language) {
		language = code;
		console.log(`\n${shippedLanguages[code].english} (${code})`);
	}
	const now = englishFile ? sourceHash(readFileSync(`${root}/${englishFile}`, 'utf8')) : '—';
	const parts = [
		file,
		`from ${englishFile ?? 'NO ENGLISH PAGE'}`,
		!record
			? `NO translation: RECORD (English now ${now})`
			: state?.upToDate
				? `up to date (${record.source}, made ${record.made})`
				: `OUT OF DATE (made from ${record.source} on ${record.made}; English now ${now})`,
		record?.checkedBy
			? `checked by ${record.checkedBy} on ${record.checkedOn}`
			: 'not yet checked by a speaker',
	];
	console.log(`  ${parts.join(' · ')}`);
}
const outOfDate = translations.filter(({ state }) => state && !state.upToDate).length;
const unchecked = translations.filter(({ record }) => !record?.checkedBy).length;
console.log(
	`\n${translations.length} translated pages: ${outOfDate} out of date, ${unchecked} not yet checked by a speaker.`
);

const words = wordsTranslationsIn(root);
console.log('\nWidget words (content/data/<name>.<language>.yaml)');
for (const { file, englishFile, source, now } of words)
	console.log(
		`  ${file} · from ${englishFile} · ${source === now ? `up to date (${source})` : `OUT OF DATE (made from ${source}; English now ${now})`}`
	);
console.log(
	`${words.length} words files: ${words.filter(({ source, now }) => source !== now).length} out of date.`
);
