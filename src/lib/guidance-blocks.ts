/**
 * The <Guidance> blocks of a page's MDX body, each named by its first heading, or else by the start of its first
 * line of text, for the lists of what the site adds ("Changes from the original text", the governors' pack). Pure.
 */
export function guidanceBlocks(body: string): string[] {
	return [...body.matchAll(/<Guidance\b[^>]*>([\s\S]*?)<\/Guidance>/g)].map(([, inside]) => {
		const lines = inside!.split('\n').map((line) => line.trim());
		const heading = lines.find((line) => /^#{1,6}\s/.test(line));
		if (heading) return heading.replace(/^#{1,6}\s+/, '');
		const first = lines.find((line) => line !== '' && !line.startsWith('<')) ?? '';
		const plain = first.replace(/<[^>]+>/g, '').replace(/\{[^}]*\}/g, '…');
		return plain.length > 70 ? `${plain.slice(0, 70).replace(/\s+\S*$/, '')} …` : plain;
	});
}
