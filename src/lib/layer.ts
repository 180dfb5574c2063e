/**
 * The two layers of the site. The *policy* is the text the governing body approved, word for word; *guidance* is
 * everything the site adds to help people follow it (summaries, tools, procedures, outside guidance, app guides).
 * Pure: no DOM, no schemas.
 */
export const layers = ['policy', 'guidance'] as const;
export type Layer = (typeof layers)[number];

/**
 * A page's layer: the policy's own sections live under content/docs/policy/ (the whole policy among them); every
 * other page is guidance. A page's frontmatter may say otherwise with `layer:`, so that new pages need nothing.
 */
export function layerOf(id: string, override?: Layer): Layer {
	if (override) return override;
	return /^policy\//.test(id) ? 'policy' : 'guidance';
}

/** A problem in a page's body, with the line it starts on (counted from the top of the file, frontmatter included). */
export interface LayerProblem {
	line: number;
	message: string;
}

/**
 * What is wrong with the layers of a page's MDX body (the file's text after its frontmatter, `offset` lines down).
 * On a policy page every block is inside <PolicyText> (the approved words) or <Guidance> (what the site adds); only
 * headings, imports, exports, comments, <EditorialNote /> (a dated note beside the words) and <WholePolicy /> (every
 * section's approved words) may stand outside them. A guidance page carries no
 * <PolicyText>: it quotes the policy instead.
 */
export function layerProblems(body: string, layer: Layer, offset = 0): LayerProblem[] {
	const lines = body.split('\n');
	const problems: LayerProblem[] = [];
	const open: { name: string; line: number }[] = [];
	let policyBlocks = 0;
	let inEsm = false;
	lines.forEach((raw, index) => {
		const line = raw.trim();
		const at = index + 1 + offset;
		if (inEsm) {
			if (/^\s*$/.test(raw)) inEsm = false;
			return;
		}
		for (const match of line.matchAll(/<(\/?)(PolicyText|Guidance)\b[^>]*?(\/?)>/g)) {
			const [, closing, name, selfClosing] = match;
			if (closing) {
				const last = open.pop();
				if (!last || last.name !== name)
					problems.push({ line: at, message: `</${name}> closes a block that was not opened` });
			} else if (!selfClosing) {
				if (open.length > 0)
					problems.push({
						line: at,
						message: `<${name}> is inside <${open.at(-1)!.name}>: blocks do not nest`,
					});
				open.push({ name: name!, line: at });
				if (name === 'PolicyText') policyBlocks += 1;
			}
		}
		if (/^<WholePolicy\b/.test(line)) policyBlocks += 1;
		if (open.length > 0 || line === '') return;
		if (/^(import|export)\s/.test(line)) {
			inEsm = !/;\s*$/.test(line) && !/^export const \w+ = [^;]+$/.test(line);
			return;
		}
		if (
			/^#{1,6}\s/.test(line) ||
			/^\{\/\*.*\*\/\}$/.test(line) ||
			/^<(EditorialNote|WholePolicy)\b.*\/>$/.test(line) ||
			/^<\/?(PolicyText|Guidance)\b/.test(line)
		)
			return;
		if (layer === 'policy')
			problems.push({
				line: at,
				message: `“${line.slice(0, 60)}” is neither the policy nor guidance: put the approved words inside <PolicyText> and what the site adds inside <Guidance>`,
			});
	});
	for (const block of open)
		problems.push({ line: block.line, message: `<${block.name}> is never closed` });
	if (layer === 'policy' && policyBlocks === 0)
		problems.push({
			line: 1 + offset,
			message:
				'a page of the policy needs the approved words inside <PolicyText>, which carries the approval line',
		});
	if (layer === 'guidance' && policyBlocks > 0)
		problems.push({
			line: 1 + offset,
			message:
				'<PolicyText> (the approved words, with the approval line) belongs only on pages of the policy: quote the policy on a guidance page, or set `layer: policy` in the frontmatter',
		});
	return problems;
}
