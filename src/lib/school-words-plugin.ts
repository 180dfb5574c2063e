/**
 * A Markdown plugin (for Sätteri, Astro's Markdown processor) that puts the school's own words into the body of every
 * page in content/docs as the build reads it:
 *
 * - `{learners}`, `{Learners}`, `{learner}`, `{Learner}`, `{shortName}`, `{dsl}` … (any name in
 *   src/lib/school-names.ts) written in a page's text become the school's words: "pupils" or "students", its name, its
 *   DSL's title. MDX reads `{learners}` as a JavaScript expression; the plugin puts the word in its place before MDX
 *   runs it, unless the page defines that name itself (`export const dsl = …`). The same names in a component's
 *   text attributes (`<LinkCard title="For {learners}" />`) are filled in too.
 * - A link or a link card to a page of an age band the school does not teach ("ages-9-to-11/" at an 11 to 18 school)
 *   is left out, since that page is not built: a link in a sentence keeps its words, without the link.
 *
 * Pure: it reads and changes the page's Markdown syntax tree alone, with the school's names and bands given to it.
 */
import { pageBand } from './audience';
import { fillNames, placeholders, type SchoolNames } from './school-names';

export interface SchoolWordsOptions {
	names: SchoolNames;
	/** Whether the school teaches an age band ("9-11"). */
	teachesBand: (band: string) => boolean;
}

interface Node {
	type: string;
	value?: unknown;
	url?: string;
	name?: string | null;
	attributes?: readonly { type: string; name?: string; value?: unknown }[];
	children?: readonly Node[];
}

/** What the plugin needs of Sätteri's visitor context. */
interface Context {
	replaceNode(node: Node, content: Node | Node[]): void;
	removeNode(node: Node): void;
}

const known = new Set<string>(placeholders);

/** The names a page defines or imports itself, which it means as its own: `export const head = …`. */
export function ownNames(esm: readonly string[]): Set<string> {
	const own = new Set<string>();
	for (const source of esm) {
		for (const [, name] of source.matchAll(/\b(?:const|let|var|function|class)\s+(\w+)/g))
			own.add(name!);
		for (const [, list] of source.matchAll(/\bimport\s+(?:\w+\s*,\s*)?\{([^}]*)\}/g))
			for (const name of list!.split(','))
				if (name.trim())
					own.add(
						name
							.trim()
							.split(/\s+as\s+/)
							.at(-1)!
					);
		for (const [, name] of source.matchAll(/\bimport\s+(\w+)/g)) own.add(name!);
	}
	return own;
}

/** The school's word for an expression `{learners}`, or undefined when the expression is the page's own. */
export function wordFor(
	expression: string,
	names: SchoolNames,
	own: ReadonlySet<string>
): string | undefined {
	const name = expression.trim();
	return known.has(name) && !own.has(name) ? names[name as keyof SchoolNames] : undefined;
}

/** Whether an address leads to a page of an age band the school does not teach ("../lessons/ages-9-to-11/"). */
export function leadsToUntaughtBand(
	address: unknown,
	teachesBand: (band: string) => boolean
): boolean {
	if (typeof address !== 'string') return false;
	const band = pageBand(address.split(/[?#]/)[0]!.replace(/\/+$/, ''));
	return band !== undefined && !teachesBand(band);
}

/** A component's link: its `href`, written as text or as an expression such as `pageUrl('lessons/ages-9-to-11')`. */
function hrefOf(node: Node): unknown {
	const href = node.attributes?.find((attribute) => attribute.name === 'href');
	if (!href) return undefined;
	if (typeof href.value === 'string') return href.value;
	const source = (href.value as { value?: unknown } | null)?.value;
	return typeof source === 'string' ? /['"`]([^'"`]*)['"`]/.exec(source)?.[1] : undefined;
}

/** The plugin for one MDX page. */
export function schoolWordsPlugin({ names, teachesBand }: SchoolWordsOptions) {
	let own = new Set<string>();
	const expression = (node: Node, ctx: Context, block: boolean) => {
		const word = typeof node.value === 'string' ? wordFor(node.value, names, own) : undefined;
		if (word === undefined) return;
		const text: Node = { type: 'text', value: word };
		ctx.replaceNode(node, block ? { type: 'paragraph', children: [text] } : text);
	};
	const element = (node: Node, ctx: Context) => {
		if (leadsToUntaughtBand(hrefOf(node), teachesBand)) {
			if (node.type === 'mdxJsxTextElement') ctx.replaceNode(node, [...(node.children ?? [])]);
			else ctx.removeNode(node);
			return;
		}
		const attributes = node.attributes ?? [];
		const filled = attributes.map((attribute) =>
			attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
				? { ...attribute, value: fillNames(attribute.value, names) }
				: attribute
		);
		// Sätteri changes a node by replacing it: the same element, with its attributes filled in and its own children.
		if (filled.some((attribute, index) => attribute.value !== attributes[index]!.value))
			ctx.replaceNode(node, {
				type: node.type,
				name: node.name ?? null,
				attributes: filled,
				children: [...(node.children ?? [])],
			});
	};
	return {
		name: 'school-words',
		before(root: Node) {
			own = ownNames(
				(root.children ?? []).flatMap((node) =>
					node.type === 'mdxjsEsm' && typeof node.value === 'string' ? [node.value] : []
				)
			);
		},
		mdxTextExpression: (node: Node, ctx: Context) => expression(node, ctx, false),
		mdxFlowExpression: (node: Node, ctx: Context) => expression(node, ctx, true),
		mdxJsxFlowElement: element,
		mdxJsxTextElement: element,
		link(node: Node, ctx: Context) {
			if (leadsToUntaughtBand(node.url, teachesBand))
				ctx.replaceNode(node, [...(node.children ?? [])]);
		},
	};
}

/** The plugin as Sätteri takes it in `mdastPlugins`: for MDX pages only. */
export const schoolWords =
	(options: SchoolWordsOptions) =>
	({ sourceFormat }: { sourceFormat: string }) =>
		sourceFormat === 'mdx' ? schoolWordsPlugin(options) : undefined;
