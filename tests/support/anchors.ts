import { readFileSync } from 'node:fs';

/** The anchors Starlight gives the level 2 and 3 headings of a page in content/docs ("policy/age-limits"). */
export function anchorsOf(page: string): string[] {
	const text = readFileSync(`content/docs/${page}.mdx`, 'utf8');
	return [...text.matchAll(/^#{2,3} (.+)$/gm)].map(([, heading]) =>
		heading!
			.toLowerCase()
			.replace(/[’']/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
	);
}
