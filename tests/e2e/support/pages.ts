import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A page's frontmatter in content/docs/, by its slug ("policy/age-limits"; "" or "index" for the home page). */
export function frontmatterOf(slug: string): { title: string; [field: string]: unknown } {
	const base = new URL(`../../../content/docs/${slug || 'index'}`, import.meta.url);
	const file = ['.mdx', '.md', '/index.mdx', '/index.md']
		.map((ending) => new URL(`${base.href}${ending}`))
		.find((candidate) => existsSync(candidate));
	if (!file) throw new Error(`No page content/docs/${slug || 'index'}.mdx`);
	const [, yaml] = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/) ?? [];
	return parse(yaml ?? '') as { title: string };
}
