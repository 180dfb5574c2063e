import { parseObjectFile } from './lib/data-file';
import { fillNames } from './lib/school-names';
import { decisionHelper, type DecisionHelperId } from './lib/decision-helpers';
import { wordHelper } from './lib/guidance';
import { isolateNames, scopedHelper, translateWording } from './lib/helper-translation';
import { shippedLanguages, type LanguageCode } from './lib/translation-languages';
import { helperWordings } from './decision-helpers';
import {
	translatedHelperControlsSchema,
	translatedHelperSchema,
} from './schemas/decision-helper-translation';
import { names } from './school';
import { siteWords } from './site-words';

/**
 * The decision helpers in other languages: content/data/<helper>.<language>.yaml (questions and steps) and
 * content/data/decision-helper.<language>.yaml (the controls and the incident note), each checked against its
 * schema when the site builds. The rules, and the order of the steps, stay the English helper's.
 */

const files = import.meta.glob<string>('../content/data/*.*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** The school's names, each set apart from the reader's language (English names in a right-to-left line keep their order). */
const isolated = isolateNames(names);

const fileOf = (name: string, language: LanguageCode) => `content/data/${name}.${language}.yaml`;
const textOf = (file: string) => files[`../${file}`];

/** Whether a helper has words in a language, so that its translated page can use them. */
export function hasTranslatedHelper(id: DecisionHelperId, language: LanguageCode): boolean {
	return decisionHelper(id).translated !== undefined && textOf(fileOf(id, language)) !== undefined;
}

/** The helpers' controls and incident note in a language; the build stops, naming the file, if it is missing. */
function controls(language: LanguageCode) {
	const file = fileOf('decision-helper', language);
	const text = textOf(file);
	if (text === undefined)
		throw new Error(
			`${file} is missing: a decision helper has words in ${shippedLanguages[language].english}, so its controls need them too. Hint: copy content/data/decision-helper.yaml and translate each line.`
		);
	const { source: _, ...words } = fillNames(
		parseObjectFile(text, translatedHelperControlsSchema, file),
		isolated
	);
	return words;
}

/** A helper as its translated page gives it: the props of the widget, in the page's language. */
export function translatedHelper(id: DecisionHelperId, language: LanguageCode) {
	const entry = decisionHelper(id);
	const file = fileOf(id, language);
	const text = textOf(file);
	if (!entry.translated || text === undefined)
		throw new Error(
			`The page in ${shippedLanguages[language].english} uses the helper "${id}", which has no ${file}. Hint: copy the English words into it and translate them (src/schemas/decision-helper-translation.ts says what it holds).`
		);
	const helper = scopedHelper(entry.helper, entry.translated);
	const translated = fillNames(
		parseObjectFile(text, translatedHelperSchema(helper), file),
		isolated
	);
	const { wording, inEnglish } = translateWording(helper, helperWordings[id], translated);
	const lang = shippedLanguages[language].lang;
	const worded = wordHelper(helper, wording, lang);
	const label = siteWords(language).notice.appInEnglish;
	for (const step of inEnglish) worded.steps[step] = { ...worded.steps[step]!, inEnglish: label };
	return {
		...worded,
		fixed: entry.translated.fixed,
		englishNames: true,
		words: controls(language),
	};
}
