import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decidePost,
	facts,
	rules,
	verdicts,
	wordReason,
	type PostFacts,
} from '../../src/lib/posting-rules';
import { postingRulesWording as wording } from '../../src/wording';
import { anchorsOf } from '../support/anchors';

const pages = readdirSync('content/docs/policy').map(
	(file) => `policy/${file.replace(/\.mdx$/, '')}`
);

describe('the posting rules', () => {
	it('say “post it” when nothing is wrong', () => {
		expect(decidePost({}).verdict).toBe('post');
		expect(decidePost({ showsOthers: true, othersAgreed: true }).verdict).toBe('post');
	});

	it.each([
		[{ showsOthers: true }, 'ask-first'],
		[{ unkind: true }, 'dont-post'],
		[{ complaintAboutSchool: true }, 'think-again'],
		[{ aboutStaff: true }, 'dont-post'],
		[{ contactsStaff: true }, 'dont-post'],
		[{ followsStaff: true }, 'think-again'],
		[{ inBedroom: true }, 'post'],
		[{ inBedroom: true, publicAccount: true }, 'think-again'],
		[{ underAge: true }, 'dont-post'],
		[{ privateMessage: true }, 'dont-post'],
		[{ revealsLocation: true }, 'dont-post'],
		// A uniform or a local place is fine once cropped or posted later; a home, a street or a live location is not.
		[{ showsUniformOrPlace: true }, 'think-again'],
		[{ showsUniformOrPlace: true, revealsLocation: true }, 'dont-post'],
		[{ lateAtNight: true }, 'dont-post'],
		[{ violent: true }, 'tell-adult'],
		[{ illegalOrHateful: true }, 'tell-adult'],
		[{ unsafeContact: true }, 'tell-adult'],
	] as [PostFacts, string][])('judge %o as %s', (post, verdict) => {
		expect(decidePost(post).verdict).toBe(verdict);
	});

	it('speak with the policy’s own force to each audience: urge parents, discourage pupils, forbid staff', () => {
		expect(decidePost({ complaintAboutSchool: true }, 'parents').verdict).toBe('think-again');
		expect(decidePost({ complaintAboutSchool: true }, 'staff').verdict).toBe('dont-post');
		expect(decidePost({ aboutStaff: true }, 'parents').verdict).toBe('think-again');
		expect(decidePost({ followsStaff: true }, 'pupils').verdict).toBe('think-again');
		expect(decidePost({ followsStaff: true }, 'staff').verdict).toBe('dont-post');
	});

	it('reach every verdict', () => {
		const reached = new Set(
			[{}, { showsOthers: true }, { followsStaff: true }, { unkind: true }, { violent: true }].map(
				(post) => decidePost(post).verdict
			)
		);
		expect([...reached].sort()).toEqual([...verdicts].sort());
	});

	it('give the most serious reason first, and every reason that applies', () => {
		const decision = decidePost({ showsOthers: true, violent: true, unkind: true });
		expect(decision.verdict).toBe('tell-adult');
		expect(decision.reasons.map((reason) => reason.fact)).toEqual([
			'violent',
			'unkind',
			'showsOthers',
		]);
	});

	it('have one rule for every fact', () => {
		expect(rules.map((rule) => rule.fact).sort()).toEqual([...facts].sort());
	});

	it.each(
		[
			...rules.map(({ fact }) => [fact, wording.rules[fact].policy] as const),
			['nothing-wrong', wording.nothingWrong.policy] as const,
		].map(([fact, { page, anchor }]) => [fact, page, anchor] as const)
	)('link the %s rule to a section that exists: %s#%s', (_fact, page, anchor) => {
		expect(pages).toContain(page);
		expect(anchorsOf(page)).toContain(anchor);
	});

	it('word their advice for each audience', () => {
		for (const audience of ['pupils', 'parents', 'staff'] as const) {
			expect(
				wordReason(decidePost({ complaintAboutSchool: true }).reasons[0]!, audience, wording)
					.instead
			).toBe(wording.rules.complaintAboutSchool.instead[audience]);
		}
	});

	it('never give a verdict milder than the most serious fact, whatever the facts', () => {
		const post = fc.record(
			Object.fromEntries([...facts, 'othersAgreed'].map((fact) => [fact, fc.boolean()])) as Record<
				string,
				fc.Arbitrary<boolean>
			>
		);
		fc.assert(
			fc.property(post, (facts) => {
				const decision = decidePost(facts);
				const worst = Math.max(
					...decision.reasons.map((reason) => verdicts.indexOf(reason.verdict))
				);
				expect(verdicts.indexOf(decision.verdict)).toBe(worst);
				if (facts['violent'] || facts['illegalOrHateful'] || facts['unsafeContact'])
					expect(decision.verdict).toBe('tell-adult');
			})
		);
	});
});
