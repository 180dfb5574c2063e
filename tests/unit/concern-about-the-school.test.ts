import { describe, expect, it } from 'vitest';
import { concernHelper, decideConcern } from '../../src/lib/concern-about-the-school';

const kinds = concernHelper.questions.kind;

describe('who to contact about a concern', () => {
	it('puts a child’s safety first, before anything else', () => {
		for (const tried of concernHelper.questions.tried)
			expect(decideConcern({ kind: 'safety', tried, remote: 'no' })[0]).toBe('safety');
	});

	it('names whom to ask for, for every concern but a child’s safety (which goes to the DSL in its own step)', () => {
		for (const kind of kinds.filter((kind) => kind !== 'safety')) {
			const steps = decideConcern({ kind, tried: 'no', remote: 'no' });
			expect(steps).toContain(`who-${kind}`);
			expect(steps.indexOf('contact-privately')).toBeLessThan(steps.indexOf(`who-${kind}`));
		}
	});

	it('gives only one person to ask for', () => {
		for (const kind of kinds)
			expect(
				decideConcern({ kind, tried: 'no', remote: 'no' }).filter((step) => step.startsWith('who-'))
					.length
			).toBeLessThanOrEqual(1);
	});

	it('points a parent whose child is bullied to the anti-bullying policy, whether or not they have raised it yet', () => {
		for (const tried of concernHelper.questions.tried)
			expect(decideConcern({ kind: 'bullying', tried, remote: 'no' })).toContain('anti-bullying');
		expect(decideConcern({ kind: 'learning', tried: 'no', remote: 'no' })).not.toContain(
			'anti-bullying'
		);
	});

	it('goes on to the Headteacher and the complaints procedure once raising it has not resolved it', () => {
		for (const kind of kinds) {
			const steps = decideConcern({ kind, tried: 'yes', remote: 'no' });
			expect(steps).toContain('complaints');
			expect(steps.some((step) => step.startsWith('who-'))).toBe(false);
		}
	});

	it('always asks for no public post, and names email as the channel', () => {
		for (const kind of kinds)
			for (const tried of concernHelper.questions.tried)
				expect(decideConcern({ kind, tried, remote: 'no' })).toEqual(
					expect.arrayContaining(['not-social-media', 'email'])
				);
	});
});
