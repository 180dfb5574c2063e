import { decidePost, type PostFacts, type PostVerdict } from './posting-rules';
import { bestChoice } from './quiz';
import { closeMatches } from './fuzzy';
import { gradeLevel, hardestSentence } from './readability';
import { phoneProblem } from './phone';
import { phonePattern } from './rich-text';

/**
 * The content contract: rules about content/ that its schemas cannot state alone, because they tie one file to
 * another (a scenario to the posting rules, a page to a helper's id, a link to a heading, a page to the sidebar).
 * The build checks them (src/integrations/content-contract.ts) and stops with every problem, so an editor sees them
 * where they work; the tests check these functions on fixtures. Pure: the integration reads the files.
 */

/** One thing wrong in content/: where it is, what is wrong, and how to fix it. */
export interface ContentProblem {
	/** The file, from the project's root: "content/data/scenarios.yaml". */
	file: string;
	/** The entry in it, by its id, when the file holds several. */
	entry?: string | undefined;
	/** The field, as written in the file: "answer", "steps.report.policy.anchor". */
	field?: string | undefined;
	/** What is wrong, in a sentence. */
	message: string;
	/** How to fix it. */
	hint: string;
}

/** Problems as one message, in the manner of Starlight's own errors: what is wrong and where, then a hint. */
export function describeProblems(problems: readonly ContentProblem[]): string {
	return problems
		.map(({ file, entry, field, message, hint }) => {
			const where = [file, entry && `entry "${entry}"`, field && `field "${field}"`]
				.filter(Boolean)
				.join(', ');
			return `${where}: ${message}\n  Hint: ${hint}`;
		})
		.join('\n\n');
}

/** What a scenario needs for its answer to be checked: its facts, its authored answer and its choices. */
export interface ScenarioFacts {
	id: string;
	/** The age band ("16-18"): a sixth-form scenario is decided by the sixth form's rules. */
	band?: string;
	facts: PostFacts;
	answer: PostVerdict;
	choices: readonly { verdict: PostVerdict; text: string }[];
}

/** The verdicts' names as the quiz's choices put them, for messages. */
const verdictWords: Record<PostVerdict, string> = {
	post: 'post it',
	'ask-first': 'ask first',
	'think-again': 'think again',
	'dont-post': 'don’t post it',
	'tell-adult': 'tell an adult',
};

/**
 * Each scenario whose authored answer is not what the posting rules (src/lib/posting-rules.ts) give for its facts,
 * naming the rule that decided. `ruleQuestion` gives a rule's question in the editor's words (posting-rules.yaml).
 */
export function scenarioAnswerProblems(
	scenarios: readonly ScenarioFacts[],
	file: string,
	ruleQuestion: (fact: string) => string | undefined = () => undefined
): ContentProblem[] {
	return scenarios.flatMap((scenario) => {
		const decision = decidePost(scenario.facts, 'pupils', scenario.band);
		if (decision.verdict === scenario.answer) return [];
		const [decider] = decision.reasons;
		const question = decider && ruleQuestion(decider.fact);
		const rule =
			!decider || decider.fact === 'none'
				? 'no rule applies to these facts, so the rules say "post"'
				: `the rule that decided is "${decider.fact}"${question ? ` (${question})` : ''}, which gives "${decider.verdict}"`;
		const best = scenario.choices.find((choice) => choice.verdict === decision.verdict);
		let marked = '';
		try {
			marked = ` The choice now marked best is: “${bestChoice(scenario).text}”`;
		} catch {
			// The schema reports a scenario without a best choice.
		}
		return [
			{
				file,
				entry: scenario.id,
				field: 'answer',
				message: `the answer is "${scenario.answer}" (${verdictWords[scenario.answer]}), but the posting rules give "${decision.verdict}" for its facts: ${rule}.${marked}`,
				hint: best
					? `if the facts are right, set answer: ${decision.verdict} (the choice “${best.text}”); if the post is not what its "facts" say, correct the facts.`
					: `if the facts are right, set answer: ${decision.verdict} and give a choice with verdict: ${decision.verdict}; if the post is not what its "facts" say, correct the facts.`,
			},
		];
	});
}

/** Text compared as words: curly single quotes made straight, whitespace collapsed. */
const asWords = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** A quotation of the policy, and where it is. */
export interface Quote {
	file: string;
	entry?: string | undefined;
	field: string;
	quote: string;
}

/**
 * Whether the policy has these words, in order. A `{placeholder}` (a school's name or role, filled in from its
 * settings) stands for any words.
 */
const quotes = (source: string, words: string) =>
	new RegExp(
		asWords(words)
			.split(/\{\w+\}/)
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('.+?')
	).test(source);

/** Each quotation that is not the policy's own words (`policy`, the text of content/policy-source.txt), word for word. */
export function quoteProblems(
	quoted: readonly Quote[],
	policy: string,
	policyFile: string
): ContentProblem[] {
	const source = asWords(policy);
	return quoted
		.filter(({ quote }) => !quotes(source, quote))
		.map(({ file, entry, field, quote }) => {
			const words = asWords(quote).split(' ');
			// The longest start of the quote that the policy has, to show where it parts from the policy.
			let same = 0;
			while (same < words.length && quotes(source, words.slice(0, same + 1).join(' '))) same += 1;
			return {
				file,
				entry,
				field,
				message: `this quotation is not the policy's words, word for word${same > 0 && same < words.length ? `: it parts from the policy after “${words.slice(0, same).join(' ')}”` : ''}.`,
				hint: `copy the sentence exactly from ${policyFile} (quotation marks and punctuation may differ; write the school's names as {placeholders}), or move words that are not the policy's into "text".`,
			};
		});
}

/** A component on a page that names an entry of a list by its id: `<DecisionHelper helper="connect-online" />`. */
export interface IdUse {
	/** The page, from the project's root. */
	file: string;
	/** The component and its attribute: "DecisionHelper helper". */
	field: string;
	id: string;
}

/** The known id closest to a misspelt one, if it is close enough to be a slip (the age checker's measure, src/lib/fuzzy.ts). */
const closest = (id: string, known: readonly string[]): string | undefined =>
	closeMatches(known, id, (candidate) => [candidate], 1)[0];

/** Each use of an id that is not in the list it names (`known`, kept in `listFile`). */
export function unknownIdProblems(
	uses: readonly IdUse[],
	known: readonly string[],
	listFile: string
): ContentProblem[] {
	return uses
		.filter(({ id }) => !known.includes(id))
		.map(({ file, field, id }) => {
			const near = closest(id, known);
			return {
				file,
				field,
				message: `"${id}" is not an id in ${listFile}.`,
				hint: `${near ? `did you mean "${near}"? ` : ''}The ids are: ${known.map((known) => `"${known}"`).join(', ')}.`,
			};
		});
}

/** A link to a section of a page: a step's or a rule's `policy: { page, anchor }`, or a link in a page. */
export interface AnchorLink {
	file: string;
	entry?: string | undefined;
	field: string;
	/** The page linked to, as a slug: "policy/age-limits". */
	page: string;
	anchor: string;
}

/** Each link to a heading that its page does not have; `anchorsOf` gives a page's headings' anchors, or undefined if there is no such page. */
export function anchorProblems(
	links: readonly AnchorLink[],
	anchorsOf: (page: string) => readonly string[] | undefined
): ContentProblem[] {
	return links.flatMap((link): ContentProblem[] => {
		const anchors = anchorsOf(link.page);
		const where = { file: link.file, entry: link.entry, field: link.field };
		if (!anchors)
			return [
				{
					...where,
					message: `links to the page "${link.page}", which does not exist.`,
					hint: `name a page in content/docs/ by its path without ".mdx" ("policy/age-limits").`,
				},
			];
		if (anchors.includes(link.anchor)) return [];
		const near = closest(link.anchor, anchors);
		return [
			{
				...where,
				message: `links to "#${link.anchor}" on ${link.page}, which has no heading with that anchor.`,
				hint: `${near ? `did you mean "${near}"? ` : ''}An anchor is a level 2 or 3 heading of content/docs/${link.page}.mdx in lower case, with its spaces and punctuation made hyphens. Its headings' anchors are: ${anchors.map((anchor) => `"${anchor}"`).join(', ') || 'none'}.`,
			},
		];
	});
}

/** The anchor Starlight gives a heading: "Friends and friend requests" is "friends-and-friend-requests". */
export const headingAnchor = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');

/** The anchors of a page's level 2 and 3 headings, from its Markdown. */
export const anchorsOfMarkdown = (markdown: string) =>
	[...markdown.matchAll(/^#{2,3} +(.+?) *$/gm)].map(([, heading]) => headingAnchor(heading!));

/**
 * Each page that the sidebar does not list: `pages` are the pages with their slugs ("policy/age-limits") and files,
 * `listed` the sidebar's slugs; `unlisted` are slugs that need not be listed (the home page, the 404 page).
 */
export function sidebarProblems(
	pages: readonly { slug: string; file: string }[],
	listed: readonly string[],
	sidebarFile: string,
	unlisted: readonly string[] = ['', '404']
): ContentProblem[] {
	return pages
		.filter(({ slug }) => !listed.includes(slug) && !unlisted.includes(slug))
		.map(({ slug, file }) => ({
			file,
			message: `this page is not in the sidebar, so no one can find it from the site's menu.`,
			hint: `add '${slug}' to the group it belongs in, in ${sidebarFile}.`,
		}));
}

/** A text that a reader of a given age must be able to read: a pupils' step, a page for pupils, its summary. */
export interface ReadingCheck {
	file: string;
	entry?: string | undefined;
	field: string;
	/** The words as a reader sees them (links as their words, the school's names filled in). */
	text: string;
	/** Who reads it, as the message names them: "pupils". */
	readers: string;
	/** The highest reading level (Flesch-Kincaid grade, about the reader's age less 5) it may have. */
	level: number;
	/** Words its readers should not meet here (the adults' words for what worries them), if any. */
	avoid?: RegExp | undefined;
}

/** Words for adults that a pupils' step or page should not use: say what happens in a child's words instead. */
export const adultWords = /Prevent|safeguarding|DSL|radicalis|extremis|indecent|harassment/i;

/**
 * Each text that reads above its readers' level, naming its hardest sentence, and each that uses a word its
 * readers should not meet: "shorten this sentence for pupils: 7.1 is above the reading level of 5".
 */
export function readingProblems(checks: readonly ReadingCheck[]): ContentProblem[] {
	return checks.flatMap(({ file, entry, field, text, readers, level, avoid }) => {
		const problems: ContentProblem[] = [];
		const measured = gradeLevel(text);
		if (measured > level) {
			const hardest = hardestSentence(text);
			problems.push({
				file,
				entry,
				field,
				message: `it reads at level ${measured.toFixed(1)}, above the reading level of ${level} for ${readers} (Flesch-Kincaid: about the reader's age less 5).`,
				hint: `shorten this sentence for ${readers}: “${hardest.sentence}” (level ${hardest.level.toFixed(1)}). Use shorter sentences and everyday words, or split it in two.`,
			});
		}
		const word = avoid && text.match(avoid)?.[0];
		if (word)
			problems.push({
				file,
				entry,
				field,
				message: `it says “${word}”, a word for adults, where ${readers} read it.`,
				hint: `say it as a child would: “tell a teacher”, “an adult you trust”, “someone at school who keeps children safe”. Adults' pages can keep the word.`,
			});
		return problems;
	});
}

/** The words a pupil reads on a page, from its MDX body: without its imports, with each link's words and headings as sentences. */
export const pupilPageWords = (body: string) =>
	body
		.replace(/^import .*$/gm, '')
		.replace(/<ContactLink [^>]*label="([^"]+)"[^>]*\/>/g, '$1')
		.replace(/<ContactLink [^>]*\/>/g, 'it')
		.replace(/^#+ (.*)$/gm, '$1.')
		.replace(/^- /gm, '');

/**
 * Each telephone number written in a file's text that no one could ring (a digit missing or one too many, an area
 * code that does not exist), as libphonenumber-js knows them: the widgets link whatever looks like a number.
 */
export function phoneNumberProblems(
	files: readonly { file: string; text: string }[]
): ContentProblem[] {
	return files.flatMap(({ file, text }) =>
		[...text.matchAll(new RegExp(phonePattern.source, 'g'))].flatMap(([number]) => {
			const problem = phoneProblem(number);
			return problem
				? [
						{
							file,
							message: `${problem.replace(/, such as .*$/, '')}.`,
							hint: `correct the number where it is written in ${file}, or name the contact instead (its number comes from content/school.yaml or content/data/contacts.yaml).`,
						},
					]
				: [];
		})
	);
}

/** A lesson's routes for help, by contact id (lessons.yaml's `help.contacts`). */
export interface LessonContacts {
	/** The lesson's id, its age band: "16-18". */
	lesson: string;
	contacts: readonly string[];
}

/**
 * Each contact a lesson gives pupils that contacts.yaml marks unconfirmed (`unconfirmed`, what could not be read on
 * its publisher's own page): a number said aloud in a classroom must be one we have read from its source.
 * `unconfirmed` maps each such contact's id to its note.
 */
export function unconfirmedContactProblems(
	lessons: readonly LessonContacts[],
	unconfirmed: ReadonlyMap<string, string>,
	file: string,
	contactsFile: string
): ContentProblem[] {
	return lessons.flatMap(({ lesson, contacts }) =>
		contacts.flatMap((contact) => {
			const note = unconfirmed.get(contact);
			return note === undefined
				? []
				: [
						{
							file,
							entry: lesson,
							field: 'help.contacts',
							message: `gives pupils the contact "${contact}", which ${contactsFile} marks unconfirmed: ${note}`,
							hint: `take "${contact}" out of help.contacts (lead with Childline, and tell the teacher in "resources" to check any number they give out), or read its details on its publisher's own page, correct them and remove its "unconfirmed" note.`,
						},
					];
		})
	);
}

/** An editorial note (content/deliberate-changes.yaml) and the proposed version it says would change its sentence. */
export interface NoteProposal {
	id: string;
	proposal?: string | undefined;
}

/**
 * Each note whose `proposal` is not a version proposed in content/data/policy-versions.yaml: the note would tell
 * readers that a change is proposed when none is (after `npm run adopt`, or once the version has been approved).
 */
export function proposalProblems(
	notes: readonly NoteProposal[],
	versions: readonly { id: string; status?: string | undefined }[]
): ContentProblem[] {
	const proposed = versions.filter(({ status }) => status === 'proposed').map(({ id }) => id);
	return notes
		.filter(({ proposal }) => proposal !== undefined && !proposed.includes(proposal))
		.map(({ id, proposal }) => ({
			file: 'content/deliberate-changes.yaml',
			entry: id,
			field: 'proposal',
			message: `"${proposal}" is not a version proposed in content/data/policy-versions.yaml, so the note would say that a change is proposed when none is.`,
			hint: proposed.length
				? `use the proposed version's id (${proposed.map((id) => `"${id}"`).join(', ')}), or remove the line.`
				: 'no version is proposed there now: remove the line (and any sentence in the note that says a change is proposed).',
		}));
}
