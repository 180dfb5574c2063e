import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { parse } from 'yaml';
import {
	anchorProblems,
	anchorsOfMarkdown,
	describeProblems,
	quoteProblems,
	scenarioAnswerProblems,
	sidebarProblems,
	unknownIdProblems,
	type AnchorLink,
	type ContentProblem,
	type IdUse,
	type Quote,
	type ScenarioFacts,
	adultWords,
	phoneNumberProblems,
	proposalProblems,
	pupilPageWords,
	readingProblems,
	type ReadingCheck,
	unconfirmedContactProblems,
} from '../lib/content-contract';
import { decisionHelpers } from '../lib/decision-helpers';
import { isTranslation } from '../lib/translation-languages';
import { plainText } from '../lib/rich-text';
import { fillNames, type SchoolNames } from '../lib/school-names';
import { schoolSchema } from '../schemas/school';
import { schoolNames } from '../school-words';
import { policySourcePath, schoolSettingsPath } from '../school-settings-path.mjs';

type SidebarItem = string | { slug?: string; link?: string; items?: SidebarItem[] };

/**
 * Every English page in content/docs/, as Starlight names it ("policy/age-limits"; the home page is "index"). The
 * translations in content/docs/<language>/ are left out: each is an English page's, in the sidebar by its English
 * slug (Starlight finds the translation), and src/integrations/translations.ts checks them against the English.
 */
function pagesOf(docs: string): Map<string, string> {
	return new Map(
		readdirSync(docs, { recursive: true, encoding: 'utf8' })
			.filter(
				(file) =>
					/\.mdx?$/.test(file) && !file.split('/').at(-1)!.startsWith('_') && !isTranslation(file)
			)
			.map((file) => [file.replace(/\.mdx?$/, ''), file])
	);
}

const slugsIn = (items: readonly SidebarItem[]): string[] =>
	items.flatMap((item) =>
		typeof item === 'string'
			? [item]
			: [...(item.slug ? [item.slug] : []), ...slugsIn(item.items ?? [])]
	);

/** The `policy: { page, anchor }` links of a wording file's entries, each with the field it is in. */
function policyLinks(
	value: unknown,
	file: string,
	entry: string | undefined,
	path: string[]
): AnchorLink[] {
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const here =
		typeof record['page'] === 'string' &&
		typeof record['anchor'] === 'string' &&
		path.at(-1) === 'policy'
			? [
					{
						file,
						entry,
						field: [...path, 'anchor'].join('.'),
						page: record['page'],
						anchor: record['anchor'],
					},
				]
			: [];
	return [
		...here,
		...Object.entries(record).flatMap(([key, inner]) =>
			policyLinks(inner, file, entry, [...path, key])
		),
	];
}

/**
 * Reads content/ and checks the content contract (src/lib/content-contract.ts) before anything is built, in
 * `astro build`, `astro dev` and `astro check` alike: a problem stops the build with a message that names the
 * file, the entry and the field, and says how to fix it.
 */
export function contentContract(sidebar: readonly unknown[]): AstroIntegration {
	return {
		name: 'content-contract',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const problems = checkContent(root, sidebar);
				if (problems.length > 0)
					throw new AstroError(
						`content/ has ${problems.length} problem${problems.length === 1 ? '' : 's'} that would put wrong or broken pages on the site:\n\n${describeProblems(problems)}`,
						'Each problem above names its file, entry and field, and how to fix it. The rules are in src/lib/content-contract.ts.'
					);
				logger.debug('content/ keeps the content contract.');
			},
		},
	};
}

/** Every problem the content contract finds in the project at `root`. */
export function checkContent(
	root: string,
	sidebar: readonly unknown[],
	policySource = resolve(root, policySourcePath()),
	settingsFile = settingsOf(root)
): ContentProblem[] {
	const read = (file: string) => readFileSync(join(root, file), 'utf8');
	const problems: ContentProblem[] = [];
	const yaml = (file: string): unknown => {
		if (!existsSync(join(root, file))) return undefined;
		try {
			return parse(read(file));
		} catch (error) {
			// A file that is not YAML: say where, as YAML's own message does, without a stack trace.
			problems.push({
				file,
				message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
				hint: 'a line of text with a colon followed by a space in it ("team: dsl@…") needs quotation marks around the whole text, or the colon taken out; check the indentation of the lines around it.',
			});
			return undefined;
		}
	};
	const docs = join(root, 'content/docs');
	const pages = pagesOf(docs);

	// The posting rules decide each scenario's answer.
	const postingRules = yaml('content/data/posting-rules.yaml') as
		{ rules?: Record<string, { question?: { pupils?: string } }> } | undefined;
	const scenarios = yaml('content/data/scenarios.yaml');
	if (Array.isArray(scenarios))
		problems.push(
			...scenarioAnswerProblems(
				(scenarios as Partial<ScenarioFacts>[])
					.filter(
						(scenario): scenario is ScenarioFacts =>
							typeof scenario?.id === 'string' &&
							typeof scenario.answer === 'string' &&
							Array.isArray(scenario.choices)
					)
					.map((scenario) => ({ ...scenario, facts: scenario.facts ?? {} })),
				'content/data/scenarios.yaml',
				(fact) => postingRules?.rules?.[fact]?.question?.pupils
			)
		);

	// Links to a section of the policy go to a heading that exists.
	const anchors = new Map<string, string[]>();
	const anchorsOf = (page: string) => {
		const file = pages.get(page) ?? pages.get(`${page}/index`);
		if (!file) return undefined;
		if (!anchors.has(page))
			anchors.set(page, anchorsOfMarkdown(readFileSync(join(docs, file), 'utf8')));
		return anchors.get(page);
	};
	const links: AnchorLink[] = [];
	const quotes: Quote[] = [];
	for (const { wording } of decisionHelpers) {
		const words = yaml(wording) as { steps?: Record<string, { quote?: unknown }> } | undefined;
		for (const [step, value] of Object.entries(words?.steps ?? {})) {
			links.push(...policyLinks(value, wording, undefined, ['steps', step]));
			if (typeof value?.quote === 'string')
				quotes.push({ file: wording, field: `steps.${step}.quote`, quote: value.quote });
		}
	}
	// The quotations under the helpers' steps are the policy's words (the school's copy of the policy, or POLICY_SOURCE's).
	problems.push(
		...quoteProblems(quotes, readFileSync(policySource, 'utf8'), relative(root, policySource))
	);
	for (const [fact, value] of Object.entries(postingRules?.rules ?? {}))
		links.push(
			...policyLinks(value, 'content/data/posting-rules.yaml', undefined, ['rules', fact])
		);
	problems.push(...anchorProblems(links, anchorsOf));

	// Components on the pages name entries that exist.
	const uses: Record<'helper' | 'contact' | 'band', IdUse[]> = {
		helper: [],
		contact: [],
		band: [],
	};
	for (const file of pages.values()) {
		const text = readFileSync(join(docs, file), 'utf8');
		const at = `content/docs/${file}`;
		for (const [, id] of text.matchAll(/<DecisionHelper\b[^>]*\bhelper="([^"]*)"/g))
			uses.helper.push({ file: at, field: 'DecisionHelper helper', id: id! });
		for (const [, component, id] of text.matchAll(
			/<(ContactLink|Contact|ContactCard)\b[^>]*\bid="([^"]*)"/g
		))
			uses.contact.push({ file: at, field: `${component} id`, id: id! });
		for (const [, ids] of text.matchAll(/<ContactList\b[^>]*\bids=\{\[([^\]]*)\]\}/g))
			for (const [, id] of ids!.matchAll(/['"]([^'"]+)['"]/g))
				uses.contact.push({ file: at, field: 'ContactList ids', id: id! });
		for (const [, component, id] of text.matchAll(
			/<(Worksheet|LessonPlan|HomeSheet)\b[^>]*\bband="([^"]*)"/g
		))
			uses.band.push({ file: at, field: `${component} band`, id: id! });
	}
	problems.push(
		...unknownIdProblems(
			uses.helper,
			decisionHelpers.map(({ id }) => id),
			'src/lib/decision-helpers.ts'
		)
	);
	const contacts = yaml('content/data/contacts.yaml');
	const schoolContacts = yaml('content/data/school-contacts.yaml');
	if (Array.isArray(contacts) && schoolContacts && typeof schoolContacts === 'object')
		problems.push(
			...unknownIdProblems(
				uses.contact,
				[
					...Object.keys(schoolContacts),
					...(contacts as { id?: string }[]).flatMap(({ id }) => (id ? [id] : [])),
				],
				'content/data/contacts.yaml or content/data/school-contacts.yaml'
			)
		);
	const lessons = yaml('content/data/lessons.yaml');
	if (Array.isArray(lessons))
		problems.push(
			...unknownIdProblems(
				uses.band,
				(lessons as { id?: string }[]).flatMap(({ id }) => (id ? [id] : [])),
				'content/data/lessons.yaml'
			)
		);

	// No lesson gives pupils a contact whose details could not be read on its publisher's own page.
	if (Array.isArray(lessons) && Array.isArray(contacts))
		problems.push(
			...unconfirmedContactProblems(
				(lessons as { id?: unknown; help?: { contacts?: unknown } }[]).flatMap(({ id, help }) =>
					typeof id === 'string' && Array.isArray(help?.contacts)
						? [
								{
									lesson: id,
									contacts: help.contacts.filter((c): c is string => typeof c === 'string'),
								},
							]
						: []
				),
				new Map(
					(contacts as { id?: unknown; unconfirmed?: unknown }[]).flatMap(({ id, unconfirmed }) =>
						typeof id === 'string' && typeof unconfirmed === 'string'
							? [[id, unconfirmed] as const]
							: []
					)
				),
				'content/data/lessons.yaml',
				'content/data/contacts.yaml'
			)
		);

	// Every page is in the sidebar.
	problems.push(
		...sidebarProblems(
			[...pages].map(([page, file]) => ({
				slug: page.replace(/(^|\/)index$/, ''),
				file: `content/docs/${file}`,
			})),
			slugsIn(sidebar as SidebarItem[]),
			'src/sidebar.ts'
		)
	);

	// Every telephone number written in the wording can be rung.
	const data = join(root, 'content/data');
	if (existsSync(data))
		problems.push(
			...phoneNumberProblems(
				readdirSync(data)
					.filter((name) => name.endsWith('.yaml'))
					.map((name) => ({
						file: `content/data/${name}`,
						text: readFileSync(join(data, name), 'utf8').replace(/^\s*#.*$/gm, ''),
					}))
			)
		);

	// A note that says a change is proposed names a version still proposed.
	const notes = yaml('content/deliberate-changes.yaml');
	const versions = yaml('content/data/policy-versions.yaml');
	if (Array.isArray(notes) && Array.isArray(versions))
		problems.push(...proposalProblems(notes, versions));

	// What pupils read is written for them (the readability measure is src/lib/readability.ts).
	problems.push(...readingProblems(readingChecks(root, namesOf(settingsFile))));
	return problems;
}

/** The school's settings file for the project at `root`: SCHOOL_SETTINGS's when it is set, as the build reads it. */
const settingsOf = (root: string) =>
	process.env['SCHOOL_SETTINGS'] ? schoolSettingsPath() : join(root, 'content/school.yaml');

/** The school's names from its settings, or undefined when they are not valid (the build reports that itself). */
function namesOf(settingsFile: string): SchoolNames | undefined {
	if (!existsSync(settingsFile)) return undefined;
	const settings = schoolSchema.safeParse(parse(readFileSync(settingsFile, 'utf8')));
	return settings.success ? schoolNames(settings.data) : undefined;
}

/** A page's front matter and body. */
function pageParts(text: string): { data: Record<string, unknown>; body: string } {
	const [, frontmatter = '', body = ''] = text.split(/^---$/m);
	return { data: (parse(frontmatter) ?? {}) as Record<string, unknown>, body };
}

/**
 * The texts pupils read, each with the reading level it may have: the pupils' steps of "I’m worried about a post"
 * (level 5, and 6 for when a step applies), the page "Something online has upset or worried me" (4, its pupils'
 * summary 5, its summary 6) and the pupils' summary of every policy page for pupils (6); none uses adults' words.
 */
export function readingChecks(root: string, names?: SchoolNames): ReadingCheck[] {
	const fill = (text: string) => plainText(names ? fillNames(text, names) : text);
	const checks: ReadingCheck[] = [];
	const pupils = { readers: 'pupils' };
	const worried = decisionHelpers.find(({ id }) => id === 'worried-about-a-post')?.wording;
	const wordingPath = worried && join(root, worried);
	if (worried && wordingPath && existsSync(wordingPath)) {
		let words: unknown;
		try {
			words = parse(readFileSync(wordingPath, 'utf8'));
		} catch {
			words = undefined; // checkContent reports the file as not YAML.
		}
		const worded = words as
			| {
					steps?: Record<string, { title?: unknown; text?: unknown; when?: unknown }>;
			  }
			| undefined;
		for (const [id, step] of Object.entries(worded?.steps ?? {})) {
			if (!id.startsWith('pupil-') || typeof step?.text !== 'string') continue;
			const at = { ...pupils, file: worried, entry: id };
			checks.push({
				...at,
				field: 'title and text',
				text: `${fill(String(step.title ?? ''))}. ${fill(step.text)}`,
				level: 5,
				avoid: adultWords,
			});
			if (typeof step.when === 'string')
				checks.push({ ...at, field: 'when', text: fill(step.when), level: 6 });
		}
	}
	const docs = join(root, 'content/docs');
	const upset = 'help/something-upset-me.mdx';
	if (existsSync(join(docs, upset))) {
		const { data, body } = pageParts(readFileSync(join(docs, upset), 'utf8'));
		const file = `content/docs/${upset}`;
		const pupilSummary = typeof data['pupilSummary'] === 'string' ? fill(data['pupilSummary']) : '';
		const pageAvoid = new RegExp(`${adultWords.source}|policy`, 'i');
		checks.push({
			...pupils,
			file,
			field: 'the page',
			text: fill(pupilPageWords(body)),
			level: 4,
			avoid: pageAvoid,
		});
		if (pupilSummary)
			checks.push({
				...pupils,
				file,
				field: 'pupilSummary',
				text: pupilSummary,
				level: 5,
				avoid: pageAvoid,
			});
		if (typeof data['summary'] === 'string')
			checks.push({ ...pupils, file, field: 'summary', text: fill(data['summary']), level: 6 });
	}
	for (const page of pagesOf(docs).values()) {
		if (!page.startsWith('policy/')) continue;
		const { data } = pageParts(readFileSync(join(docs, page), 'utf8'));
		const audiences = Array.isArray(data['audiences']) ? data['audiences'] : [];
		if (!audiences.includes('pupils') || typeof data['pupilSummary'] !== 'string') continue;
		checks.push({
			...pupils,
			file: `content/docs/${page}`,
			field: 'pupilSummary',
			text: fill(data['pupilSummary']),
			level: 6,
		});
	}
	return checks;
}
