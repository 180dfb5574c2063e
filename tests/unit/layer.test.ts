import { describe, expect, it } from 'vitest';
import { layerOf, layerProblems } from '../../src/lib/layer';
import { guidanceBlocks } from '../../src/lib/guidance-blocks';

describe('a page’s layer', () => {
	it('is the policy under policy/, guidance everywhere else, unless its frontmatter says otherwise', () => {
		expect(layerOf('policy/age-limits')).toBe('policy');
		expect(layerOf('policy/in-full')).toBe('policy');
		expect(layerOf('devices/iphone')).toBe('guidance');
		expect(layerOf('apps/roblox')).toBe('guidance');
		expect(layerOf('about/governors-pack')).toBe('guidance');
		expect(layerOf('policy-notes')).toBe('guidance');
		expect(layerOf('staff/online-reputation', 'policy')).toBe('policy');
		expect(layerOf('policy/age-limits', 'guidance')).toBe('guidance');
	});
});

/** A page of the policy as it should be: headings, the approved words, a note beside them and a block of guidance. */
const goodPolicyPage = `import PolicyText from '~/components/policy-document/PolicyText.astro';
import { school } from '~/school';

## A heading

<PolicyText>

The approved words.

</PolicyText>

<EditorialNote id="a-note" />

<Guidance>

## A tool

Words the site adds.

</Guidance>
`;

describe('the layers of a page’s body', () => {
	it('accept a page of the policy whose every block is the approved words, a note or guidance', () => {
		expect(layerProblems(goodPolicyPage, 'policy')).toEqual([]);
	});

	it('name the line of a paragraph on a page of the policy that is neither, counting the frontmatter', () => {
		const body = `${goodPolicyPage}\nA paragraph the site added.\n`;
		const problems = layerProblems(body, 'policy', 7);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.line).toBe(body.split('\n').indexOf('A paragraph the site added.') + 8);
		expect(problems[0]!.message).toMatch(
			/neither the policy nor guidance.*<PolicyText>.*<Guidance>/
		);
	});

	it('want the approved words on a page of the policy', () => {
		expect(layerProblems('<Guidance>\n\nOnly guidance.\n\n</Guidance>\n', 'policy')).toEqual([
			expect.objectContaining({ message: expect.stringMatching(/needs the approved words/) }),
		]);
		expect(layerProblems('<WholePolicy />\n', 'policy')).toEqual([]);
	});

	it('keep the approved words, with their approval line, off guidance pages', () => {
		expect(layerProblems('Some guidance.\n', 'guidance')).toEqual([]);
		expect(layerProblems('<PolicyText>\n\nWords.\n\n</PolicyText>\n', 'guidance')).toEqual([
			expect.objectContaining({ message: expect.stringMatching(/only on pages of the policy/) }),
		]);
	});

	it('find a block left open or nested', () => {
		expect(layerProblems('<PolicyText>\n\nWords.\n', 'policy')).toEqual([
			expect.objectContaining({ line: 1, message: '<PolicyText> is never closed' }),
		]);
		expect(
			layerProblems('<PolicyText>\n<Guidance>\nx\n</Guidance>\n</PolicyText>\n', 'policy')[0]!
				.message
		).toMatch(/does not nest|do not nest/);
	});

	it('skip a multi-line import', () => {
		const body = `import {\n\tschool,\n} from '~/school';\n\n${goodPolicyPage}`;
		expect(layerProblems(body, 'policy')).toEqual([]);
	});
});

describe('the guidance blocks of a page', () => {
	it('are named by their first heading, or the start of their first line', () => {
		const body = `${goodPolicyPage}\n<Guidance>\n\nTo print it, use your browser’s Print command: the navigation is left out and every link’s address is printed.\n\n</Guidance>\n`;
		expect(guidanceBlocks(body)).toEqual([
			'A tool',
			'To print it, use your browser’s Print command: the navigation is left …',
		]);
	});
});
