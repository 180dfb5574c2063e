import { describe, expect, it } from 'vitest';
import {
	allegationAboutStaff,
	childMayBeAtRisk,
	decideWorried,
	dslStep,
	emergencySteps,
	factsOf,
	imageOfAChild,
	imageOfAChildByAnAdult,
	imageSteps,
	screenshotSteps,
	sexualImageOfAnAdult,
	sextortion,
	worriedHelper,
	type Facts,
	type Kind,
	type Reader,
	type WorriedAnswers,
	type WorriedStepId,
} from '../../src/lib/worried-about-a-post';
import { possibleAnswers, questionsOf } from '../../src/lib/guidance';

// The rules alone, by step id: the words are tested in tests/content/, the widget in tests/components/.
const { questions } = worriedHelper;
const everyKindSet = possibleAnswers(
	questionsOf(worriedHelper).find((q) => q.id === 'kind')!
) as Kind[][];

/** Every combination of answers: 5 readers × 4 subjects × 5 posters × every non-empty set of the 15 kinds. */
function* everyCombination(): Generator<WorriedAnswers> {
	for (const reporter of questions.reporter)
		for (const about of questions.about)
			for (const poster of questions.poster)
				for (const kind of everyKindSet) yield { reporter, about, poster, kind };
}

const school: readonly Reader[] = ['staff', 'dsl', 'head'];
/** Asking someone to delete a post, or reporting it to the platform. */
const removalSteps: readonly WorriedStepId[] = [
	'staff-request-deletion',
	'staff-report-to-platform',
	'staff-report-as-well',
	'parent-report-to-platform',
];
/** Each reader's Report Remove step. */
/** A deletion request, a platform report or the behaviour policy: what waits for the DSL's decision. */
const removalOrSanction: readonly WorriedStepId[] = [...removalSteps, 'staff-behaviour-policy'];
const reportRemoveStep: Record<Reader, WorriedStepId> = {
	staff: 'staff-report-remove',
	dsl: 'dsl-report-remove',
	head: 'staff-report-remove',
	parent: 'parent-report-remove',
	pupil: 'pupil-report-remove',
};
/** Each reader's step for a child who says they want to die or are hurting themselves. */
const selfHarmStep: Record<Reader, WorriedStepId> = {
	staff: 'staff-self-harm',
	dsl: 'staff-self-harm',
	head: 'staff-self-harm',
	parent: 'parent-self-harm',
	pupil: 'pupil-self-harm',
};
/** The parents' steps that treat a post as a complaint or a matter for the office, not for the DSL. */
const complaintSteps: readonly WorriedStepId[] = [
	'parent-raise-privately',
	'parent-how-school-responds',
	'parent-tell-school',
];
// (A threat to share a nude or sexual picture of a child, sextortion, is an image of a child too: deliberately added.)
const images: readonly Kind[] = ['indecent-image', 'own-image', 'sextortion'];
/** Kinds that are a post to keep as evidence: bullying, abuse and the like (not an image of a child, not grooming). */
const evidence: readonly Kind[] = [
	'fake-account',
	'upsetting',
	'bullying',
	'abuse',
	'violent',
	'harmful',
	'extremist',
	'faked-image',
];

/**
 * Sextortion (the NCA's alert to education settings; UKCIS: blackmail or coercion means an immediate police referral):
 * each reader's own sextortion steps, whoever is doing it. One small function, so that it can run in any loop.
 */
const sextortionSteps: Record<Reader, readonly WorriedStepId[]> = {
	staff: ['staff-sextortion', 'staff-grooming-evidence', 'staff-report-remove'],
	head: ['staff-sextortion', 'staff-grooming-evidence', 'staff-report-remove'],
	dsl: ['dsl-sextortion', 'dsl-image-review', 'dsl-report-remove', 'dsl-report-account'],
	parent: ['parent-sextortion', 'parent-ceop', 'parent-tell-dsl', 'parent-report-remove'],
	pupil: ['pupil-threat-to-share', 'pupil-ceop', 'pupil-keep-the-chat', 'pupil-report-remove'],
};
function sextortionProblem(
	answers: WorriedAnswers,
	route: readonly WorriedStepId[],
	facts: Facts
): string | undefined {
	if (facts.sextortion !== answers.kind.includes('sextortion'))
		return 'sextortion decided by anything but its answer';
	if (!facts.sextortion) return undefined;
	const { reporter } = answers;
	if (!facts.image || !facts.atRisk) return 'sextortion not handled as an image of a child at risk';
	for (const step of sextortionSteps[reporter])
		// (An adult at the school's account is not reported to the platform before the LADO advises: the third review, M1.)
		if (!route.includes(step) && !(step === 'dsl-report-account' && facts.byAnAdultAtSchool))
			return `sextortion without ${step}`;
	// The "do not" steps, then the DSL step (both checked for every image of a child), then "don't pay, don't send
	// more, keep the chat" before anything else the reader is to do.
	const own = sextortionSteps[reporter][0]!;
	const after = imageSteps[reporter].length + (reporter === 'pupil' ? 1 : 0);
	const firstOther = route.findIndex(
		(step, index) =>
			index >= after &&
			step !== dslStep[reporter] &&
			step !== own &&
			![
				'staff-self-harm',
				'staff-allegation',
				'head-allegation',
				'pupil-adult-at-school',
				'pupil-self-harm',
			].includes(step)
	);
	if (firstOther >= 0 && route.indexOf(own) > firstOther)
		return `${own} comes after ${route[firstOther]}`;
	if (reporter === 'parent' && route.indexOf('parent-ceop') > route.indexOf('parent-tell-dsl'))
		return 'the school before CEOP for sextortion';
	if (
		route.some(
			(step) =>
				removalSteps.includes(step) || screenshotSteps.includes(step) || step === 'head-decide'
		)
	)
		return 'a deletion request, platform report, screenshot or Headteacher’s decision beside sextortion';
	const block = route.indexOf('pupil-block-and-report');
	if (block >= 0 && block < route.indexOf('pupil-keep-the-chat'))
		return 'a pupil told to block before keeping the chat';
	return undefined;
}

/** Every kind the school asks to be deleted or reports: harm to a pupil when it is about one (the test's own list). */
const offendingKinds: readonly Kind[] = [
	'fake-account',
	'upsetting',
	'bullying',
	'abuse',
	'violent',
	'harmful',
	'extremist',
	'faked-image',
	'faked-sexual-image',
];
const offendingMask = offendingKinds.reduce(
	(mask, kind) => mask | (1 << questions.kind.indexOf(kind)),
	0
);
/** Each school reader's allegation step (KCSIE Part four): the Headteacher today, the LADO within one working day. */
const allegationStep: Record<Reader, WorriedStepId> = {
	staff: 'staff-allegation',
	dsl: 'dsl-allegation',
	head: 'head-allegation',
	parent: 'parent-allegation',
	pupil: 'pupil-adult-at-school',
};
/** What may come before the allegation step: the image "do not" steps, the DSL, and a child kept safe now. */
const beforeTheAllegation = new Set<WorriedStepId>([
	...Object.values(imageSteps).flat(),
	...Object.values(dslStep),
	'staff-self-harm',
	'staff-sextortion',
	'dsl-sextortion',
	'parent-sextortion',
	'parent-ceop',
	'pupil-childline',
	'pupil-threat-to-share',
	'pupil-ceop',
	'pupil-self-harm',
	'pupil-keep-the-chat',
]);
/** What waits for the LADO's advice when an adult at the school posted it: removal, the school's own response, sanctions. */
const notBeforeTheLado: readonly WorriedStepId[] = [
	...removalSteps,
	'staff-tell-head',
	'head-decide',
	'staff-code-of-conduct',
	'staff-behaviour-policy',
	'staff-respond-fairly',
	'head-support-staff',
	'staff-colleague-conduct',
	'dsl-report-account',
	'parent-report-account',
	'staff-report-harmful-content',
	'parent-report-harmful-content',
	'parent-raise-privately',
	'parent-how-school-responds',
	'parent-tell-school',
	'pupil-block-and-report',
	'pupil-report-harmful-content',
];
/** Steps a colleague's own post is not dealt with by before the reader has weighed the harm threshold (S4). */
const afterTheThreshold: readonly WorriedStepId[] = [
	'staff-tell-head',
	'head-decide',
	'staff-request-deletion',
	'staff-report-as-well',
	'staff-code-of-conduct',
];

/**
 * The third DSL review (M1, S4, S6): an offending post about a pupil by an adult who works or volunteers at the school
 * is an allegation (KCSIE Part four), its steps first and nothing that waits for the LADO; a colleague's other
 * offending posts are weighed against the harm threshold first; a parent who finds a sexual image of a child online
 * reports its address to the IWF, having been told first not to share, screenshot or download it.
 */
function adultAtSchoolProblem(
	answers: WorriedAnswers,
	route: readonly WorriedStepId[],
	facts: Facts
): string | undefined {
	const { reporter, about, poster, kind } = answers;
	const adultAtSchool = poster === 'staff' || poster === 'community';
	if (facts.byAnAdultAtSchool !== (facts.allegation && adultAtSchool))
		return 'byAnAdultAtSchool decided by anything but the allegation and the poster';
	if (
		adultAtSchool &&
		about === 'pupil' &&
		!facts.allegation &&
		kind.some((k) => offendingKinds.includes(k))
	)
		return 'an offending post about a pupil by an adult at the school that is not an allegation';
	if (facts.byAnAdultAtSchool) {
		const step = allegationStep[reporter];
		const at = route.indexOf(step);
		if (at < 0) return `an adult at the school posted it, without ${step}`;
		for (let index = 0; index < at; index++)
			if (!beforeTheAllegation.has(route[index]!)) return `${route[index]} before ${step}`;
		const waits = route.find((entry) => notBeforeTheLado.includes(entry));
		if (waits) return `${waits} before the LADO advises`;
		if (reporter === 'parent' && !route.includes('parent-tell-dsl'))
			return 'a parent not sent to the DSL when an adult at the school posted about a pupil';
	}
	if (['staff', 'dsl', 'head'].includes(reporter)) {
		const colleague = route.indexOf('staff-colleague-conduct');
		const shouldWeigh = adultAtSchool && !facts.allegation && (facts.posts & offendingMask) !== 0;
		if (shouldWeigh !== colleague >= 0)
			return shouldWeigh
				? 'a colleague’s offending post without the harm threshold step'
				: 'the harm threshold step where it does not apply';
		if (
			colleague >= 0 &&
			route.some((entry, index) => index < colleague && afterTheThreshold.includes(entry))
		)
			return 'the school’s response before the harm threshold is weighed';
	}
	if (reporter === 'parent') {
		const online =
			kind.includes('indecent-image') ||
			kind.includes('own-image') ||
			(facts.image && kind.includes('faked-sexual-image'));
		if (online !== route.includes('parent-iwf'))
			return online
				? 'a sexual image of a child online without the IWF for a parent'
				: 'the IWF without an image online';
		if (online && route[0] !== 'parent-do-not-share')
			return 'a parent not told first not to share, screenshot or download the image';
		if (online && (about === 'pupil' || poster === 'pupil') && !route.includes('parent-tell-dsl'))
			return 'a sexual image of a pupil online without the DSL for a parent';
	}
	return undefined;
}

describe(`every combination of answers (${(5 * 4 * 5 * (2 ** worriedHelper.questions.kind.length - 1)).toLocaleString('en-GB')} of them)`, () => {
	it('keeps the invariants: the “do not” steps first for an image of a child, then the DSL step whenever a child may be at risk, evidence for bullying but never a screenshot of a child, and 999', () => {
		let count = 0;
		const failures: string[] = [];
		const fail = (answers: WorriedAnswers, why: string) => {
			if (failures.length < 10)
				failures.push(`${why}: ${JSON.stringify(answers)} → ${decideWorried(answers).join(', ')}`);
		};
		const own = Object.fromEntries(
			Object.entries(worriedHelper.groups).map(([reader, steps]) => [
				reader,
				new Set<string>(steps),
			])
		) as Record<Reader, Set<string>>;
		for (const answers of everyCombination()) {
			count++;
			// What the answers mean, computed once (the exported predicates read the same facts: tested below).
			const facts = factsOf(answers);
			const route = decideWorried(answers, facts);
			const { reporter, kind } = answers;
			const { atRisk, image, allegation } = facts;
			const adultImage = facts.sexualImageOfAnAdult;
			const byAnAdult = facts.imageByAnAdult;
			if (route.length === 0) fail(answers, 'no steps');
			if (new Set(route).size !== route.length) fail(answers, 'a step twice');
			if (route.some((step) => !own[reporter].has(step))) fail(answers, 'another reader’s step');
			// For an image of a child, the reader's "do not" steps come before anything else.
			if (image && imageSteps[reporter].some((step, index) => route[index] !== step))
				fail(answers, 'the image “do not” steps are not first');
			if (image && route.some((step) => screenshotSteps.includes(step)))
				fail(answers, 'a screenshot beside an image of a child');
			// Whenever a child may be at risk, the DSL step comes next (for the DSL, what the DSL does next).
			if (atRisk && school.includes(reporter)) {
				const at = route.indexOf(dslStep[reporter]);
				const before = image ? imageSteps[reporter].length : 0;
				if (at !== before) fail(answers, 'the DSL step is not first');
			}
			// (The DSL review: beside a sexual image of an adult, "don't send it on" comes first too, as for a child.)
			const pupilFirst = image || adultImage ? 1 : 0;
			if (atRisk && reporter === 'pupil' && route[pupilFirst] !== 'pupil-tell-adult')
				fail(answers, 'a pupil is not told first to tell an adult');
			if (atRisk && !route.some((step) => emergencySteps.includes(step))) fail(answers, 'no 999');
			if (!atRisk && route.includes('staff-tell-dsl'))
				fail(answers, 'the DSL without a child at risk');
			if (
				reporter === 'dsl' &&
				(route.includes('staff-tell-dsl') || route.includes('head-tell-dsl'))
			)
				fail(answers, 'the DSL told to tell the DSL');
			if (reporter === 'head' && route.includes('staff-tell-head'))
				fail(answers, 'the Headteacher told to tell the Headteacher');
			// Bullying, abuse and the like need evidence; beside an image of a child, of the posts only.
			// Beside grooming, the messages are kept as staff-grooming-evidence says (the DSL refers them on).
			if (
				school.includes(reporter) &&
				evidence.some((k) => kind.includes(k)) &&
				!kind.includes('sexual-contact')
			) {
				const kept =
					image || adultImage ? 'staff-keep-evidence-not-the-image' : 'staff-keep-evidence';
				if (!route.includes(kept)) fail(answers, `no ${kept}`);
			}
			// B4: grooming: no screenshots, no platform report, no decision for the Headteacher; the DSL leads.
			if (kind.includes('sexual-contact')) {
				for (const step of [...screenshotSteps, ...removalSteps, 'head-decide'] as WorriedStepId[])
					if (route.includes(step)) fail(answers, `grooming with ${step}`);
			}
			if (kind.includes('sexual-contact')) {
				const needs: Record<Reader, WorriedStepId[]> = {
					staff: [
						'staff-tell-dsl',
						'staff-if-a-child-tells-you',
						'staff-write-it-down',
						'staff-grooming-evidence',
					],
					head: ['head-tell-dsl', 'staff-write-it-down', 'staff-grooming-evidence'],
					dsl: [
						'dsl-act-now',
						'dsl-grooming-refer',
						'dsl-parents',
						'dsl-report-account',
						'dsl-record',
					],
					parent: ['parent-ceop', 'parent-nspcc'],
					// The DSL review (SHOULD-FIX b) deliberately replaces pupil-block-and-report here: keep the chat first.
					pupil: ['pupil-tell-adult', 'pupil-ceop', 'pupil-keep-the-chat', 'pupil-childline'],
				};
				for (const step of needs[reporter])
					if (!route.includes(step) && !(step === 'dsl-report-account' && facts.byAnAdultAtSchool))
						fail(answers, `grooming without ${step}`);
			}
			if (allegation) {
				const step = { staff: 'staff-allegation', dsl: 'dsl-allegation', head: 'head-allegation' }[
					reporter as 'staff'
				];
				if (step && !route.includes(step as WorriedStepId))
					fail(answers, `an allegation without ${step}`);
				if (kind.includes('alleges-harm') && route.includes('staff-respond-fairly'))
					fail(answers, 'a public reply to an allegation');
				if (route.includes('head-support-staff'))
					fail(answers, 'head-support-staff before the LADO is contacted');
			}
			// B3: an image of a child, an allegation about an adult at the school, or grooming: removal is for the DSL
			// (police, Report Remove, IWF), never a deletion request or a report to the platform.
			if (
				(image || kind.includes('sexual-contact') || allegation) &&
				route.some((step) => removalSteps.includes(step))
			)
				fail(answers, 'a deletion request or platform report where the DSL leads removal');
			// The expert read: a pupil's own self-harm post is not for a deletion request or a platform report; the DSL
			// leads. The fourth DSL read: for a parent too.
			if (
				(school.includes(reporter) || reporter === 'parent') &&
				answers.poster === 'pupil' &&
				kind.includes('harmful') &&
				route.some((step) => removalSteps.includes(step))
			)
				fail(answers, 'a deletion request or platform report for a pupil’s own self-harm post');
			// The DSL re-read (S5): nor, for anyone, Report Harmful Content: the DSL acts on a pupil's own harmful post.
			if (
				answers.poster === 'pupil' &&
				kind.includes('harmful') &&
				route.some((step) => step.endsWith('-report-harmful-content'))
			)
				fail(answers, 'Report Harmful Content for a pupil’s own harmful post');
			// B5: a pupil posting harmful content (their own self-harm) is a child at risk, not a breach to sanction.
			if (
				answers.poster === 'pupil' &&
				kind.includes('harmful') &&
				route.includes('staff-behaviour-policy')
			)
				fail(answers, 'the behaviour policy for a pupil’s harmful post');
			// B14: a pupil's extremist post is for the DSL and Prevent, not the police (unless it is also abuse or violence).
			if (
				answers.poster === 'pupil' &&
				kind.includes('extremist') &&
				!kind.some((k) => ['abuse', 'violent', 'faked-sexual-image'].includes(k)) &&
				route.includes('staff-police')
			)
				fail(answers, 'the police for a pupil’s extremist post');
			if (reporter === 'pupil' && !route.includes('pupil-childline'))
				fail(answers, 'a pupil without Childline');
			// The fourth DSL read. D1: a nude image between pupils is the DSL's to assess before CEOP or the police.
			const betweenPupils =
				image &&
				answers.poster === 'pupil' &&
				!facts.sextortion &&
				!kind.includes('sexual-contact');
			if (betweenPupils && reporter === 'parent' && route.includes('parent-ceop'))
				fail(answers, 'a parent sent to CEOP before the DSL for an image between pupils');
			// D2: beside a sexual image, a pupil is never told to let an adult see it before blocking.
			if ((image || adultImage) && route.includes('pupil-block-and-report'))
				fail(answers, 'block and report beside a sexual image');
			// D3: an image of a child is not for the Headteacher to decide a response to.
			if (image && (route.includes('head-decide') || route.includes('staff-tell-head')))
				fail(answers, 'the Headteacher deciding a response to an image of a child');
			// D4: a parent whose child may have seen harmful content is told to tell the DSL, before anything but the
			// image "do not" steps and CEOP's.
			if (kind.includes('harmful') && reporter === 'parent') {
				const at = route.indexOf('parent-tell-dsl');
				const before = ['parent-do-not-share', 'parent-sextortion', 'parent-ceop'];
				if (at < 0 || route.slice(0, at).some((step) => !before.includes(step)))
					fail(answers, 'harmful content without the DSL first for a parent');
			}
			const { about, poster } = answers;
			// D9: an image of a child tied to the school (about a pupil, a member of staff or the school) goes to the
			// DSL from a parent, whoever posted it.
			if (image && reporter === 'parent' && about !== 'other' && !route.includes('parent-tell-dsl'))
				fail(answers, 'an image of a child about the school without the DSL for a parent');
			// The DSL re-read of 2026-12-05: a young person's own nude shared or threatened by an adult or an outsider
			// is how sextortion usually begins: a parent is told not to pay and that it is not their child's fault.
			if (
				reporter === 'parent' &&
				byAnAdult &&
				kind.includes('own-image') &&
				!route.includes('parent-sextortion')
			)
				fail(
					answers,
					'an own image shared by an adult or outsider without “don’t pay” for a parent'
				);
			// B10: a sexual deepfake of an adult: never screenshotted, and the police before any report to the platform.
			if (adultImage && school.includes(reporter)) {
				const police = route.indexOf('staff-faked-image-of-an-adult');
				if (police < 0 || !route.includes('staff-police'))
					fail(answers, 'a sexual deepfake of an adult without the police');
				if (route.some((step, at) => removalSteps.includes(step) && at < police))
					fail(answers, 'the platform before the police for a sexual deepfake of an adult');
				if (route.some((step) => screenshotSteps.includes(step)))
					fail(answers, 'a screenshot of a sexual deepfake');
			}
			// The expert read: parents never screenshot a sexual image, of a child or a faked one of an adult.
			if (
				reporter === 'parent' &&
				route.includes('parent-keep-evidence') &&
				(image || adultImage) &&
				!kind.some((k) => evidence.includes(k) && k !== 'faked-sexual-image')
			)
				fail(answers, 'a parent told to screenshot beside a sexual image and nothing else to keep');
			// B13: a faked image that is not sexual is not an image of a child; a faked sexual one of a pupil is.
			if (kind.includes('faked-sexual-image') && about === 'pupil' && !image)
				fail(answers, 'a faked sexual image of a pupil not handled as an image of a child');
			if (
				image !==
				(kind.some((k) => images.includes(k)) ||
					(kind.includes('faked-sexual-image') && (about === 'pupil' || about === 'other')))
			)
				fail(answers, 'an image of a child decided by anything but a sexual image');
			// B15: Report Remove whenever it is a pupil's own image or any sexual image of a pupil; the IWF for the DSL.
			if (
				(kind.includes('own-image') || (image && about === 'pupil')) &&
				!route.includes(reportRemoveStep[reporter])
			)
				fail(answers, 'no Report Remove for a sexual image of a pupil');
			if (reporter === 'dsl' && kind.includes('indecent-image') && !route.includes('dsl-iwf'))
				fail(answers, 'no IWF for the DSL beside an indecent image of a child');
			// B12: a fake account about a pupil, the school or a member of staff can contact pupils: the DSL knows.
			if (kind.includes('fake-account') && about !== 'other' && !atRisk)
				fail(answers, 'a fake account that may contact pupils without the DSL');
			// The suicide and self-harm step, straight after the DSL step, for harmful (self-harm) content.
			if (kind.includes('harmful')) {
				const at = route.indexOf(selfHarmStep[reporter]);
				if (at < 0) fail(answers, 'self-harm content without the self-harm step');
				if (school.includes(reporter) && at !== route.indexOf(dslStep[reporter]) + 1)
					fail(answers, 'the self-harm step is not straight after the DSL step');
			}
			// An adult at the school may have harmed a child: parents go to the DSL and the Headteacher, not the
			// complaints route; pupils are told they can tell another adult, or Childline.
			if (reporter === 'parent' && allegation) {
				for (const step of ['parent-tell-dsl', 'parent-allegation'] as WorriedStepId[])
					if (!route.includes(step)) fail(answers, `an allegation without ${step}`);
				if (route.some((step) => complaintSteps.includes(step)))
					fail(answers, 'an allegation sent the complaints route');
			}
			if (
				reporter === 'pupil' &&
				kind.includes('alleges-harm') &&
				!route.includes('pupil-adult-at-school')
			)
				fail(answers, 'a pupil not told who else to tell about an adult at school');
			// B8: grooming or an indecent image: CEOP before the school, for parents.
			if (
				reporter === 'parent' &&
				route.includes('parent-tell-dsl') &&
				route.includes('parent-ceop') &&
				route.indexOf('parent-ceop') > route.indexOf('parent-tell-dsl')
			)
				fail(answers, 'the school before CEOP for a parent');
			// Prevent: a pupil's extremist post is for the school's DSL (who decides on Prevent), not the parent's call to
			// the police (unless it is also abuse or violence); ACT Early is offered.
			if (reporter === 'parent' && poster === 'pupil' && kind.includes('extremist')) {
				if (!route.includes('parent-tell-dsl') || !route.includes('parent-act-early'))
					fail(answers, 'a pupil’s extremist post without the DSL and ACT Early for a parent');
				// (A sexual deepfake of an adult is a crime in itself, as for staff: the DSL review, SHOULD-FIX a.)
				if (
					!kind.some((k) => ['abuse', 'violent', 'faked-sexual-image'].includes(k)) &&
					route.includes('parent-police')
				)
					fail(answers, 'the police for a pupil’s extremist post, for a parent');
			}
			// The DSL review, MUST-FIX 1: a sexual image of a child (real, faked or AI-made) shared or threatened by an
			// outsider or an adult: CEOP for parents, the sextortion step and CEOP for pupils.
			if (byAnAdult) {
				if (reporter === 'parent' && !route.includes('parent-ceop'))
					fail(answers, 'a sexual image of a child shared by an adult without CEOP for a parent');
				if (
					reporter === 'pupil' &&
					(!route.includes('pupil-threat-to-share') || !route.includes('pupil-ceop'))
				)
					fail(answers, 'a sexual image of a child shared by an adult without the sextortion step');
			}
			if (byAnAdult !== (image && poster !== 'pupil'))
				fail(
					answers,
					'an image of a child by an adult decided by anything but the image and poster'
				);
			if (
				reporter === 'pupil' &&
				kind.includes('own-image') &&
				!route.includes('pupil-threat-to-share')
			)
				fail(answers, 'a pupil’s own image without the sextortion step');
			// SHOULD-FIX a: parents never get a platform report for a sexual image of an adult, and always the police
			// step and the do-not-forward step; pupils are told not to send it on, first.
			if (adultImage) {
				if (reporter === 'parent') {
					if (route.includes('parent-report-to-platform'))
						fail(answers, 'a platform report for a parent beside a sexual image of an adult');
					for (const step of [
						'parent-sexual-image-of-an-adult',
						'parent-police',
					] as WorriedStepId[])
						if (!route.includes(step)) fail(answers, `a sexual image of an adult without ${step}`);
				}
				if (reporter === 'pupil' && route[0] !== 'pupil-do-not-share')
					fail(answers, 'a pupil not told first not to send on a sexual image of an adult');
			}
			// SHOULD-FIX b: a pupil is never told to block before keeping the chat where there is sexual contact.
			if (reporter === 'pupil' && kind.includes('sexual-contact')) {
				const keep = route.indexOf('pupil-keep-the-chat');
				const block = route.indexOf('pupil-block-and-report');
				if (keep < 0 || (block >= 0 && block < keep))
					fail(answers, 'a pupil told to block before keeping the chat');
			}
			// SHOULD-FIX c: a pupil's extremist post, or a parent's abuse of a pupil: no deletion request, platform report
			// or behaviour policy before the DSL decides.
			if (
				school.includes(reporter) &&
				((poster === 'pupil' && kind.includes('extremist')) ||
					(poster === 'parent' && about === 'pupil' && kind.includes('abuse'))) &&
				route.some((step) => removalOrSanction.includes(step))
			)
				fail(answers, 'a deletion request or sanction before the DSL decides');
			// The second DSL review, M2: no deletion request or platform report beside a sexual image of an adult, whoever
			// reads (the police have the evidence first).
			if (adultImage && route.some((step) => removalSteps.includes(step)))
				fail(answers, 'a deletion request or platform report beside a sexual image of an adult');
			// The second DSL review, S1: a pupil told to keep the chat (or not to answer a threat) is never also told to
			// block and report.
			if (
				reporter === 'pupil' &&
				(route.includes('pupil-keep-the-chat') || route.includes('pupil-threat-to-share')) &&
				route.includes('pupil-block-and-report')
			)
				fail(answers, 'a pupil told to block beside keeping the chat');
			const problem = sextortionProblem(answers, route, facts);
			if (problem) fail(answers, problem);
			const adultProblem = adultAtSchoolProblem(answers, route, facts);
			if (adultProblem) fail(answers, adultProblem);
		}
		expect(failures).toEqual([]);
		expect(count).toBe(5 * 4 * 5 * (2 ** questions.kind.length - 1));
		// About 90 s on one core of this kind of machine (13.1 M combinations, each decided and checked): the limit is
		// a guard against a rule that never ends, not a measure, so it leaves room for a machine busy with the build.
	}, 300_000);

	it('answers the exported questions from the same facts the exhaustive run reads', () => {
		for (const about of questions.about)
			for (const poster of questions.poster)
				for (const kind of everyKindSet.filter((set) => set.length <= 3)) {
					const answers = { about, poster, kind };
					const facts = factsOf(answers);
					expect([
						childMayBeAtRisk(answers),
						imageOfAChild(answers),
						sexualImageOfAnAdult(answers),
						imageOfAChildByAnAdult(answers),
						allegationAboutStaff(answers),
						sextortion(answers),
					]).toEqual([
						facts.atRisk,
						facts.image,
						facts.sexualImageOfAnAdult,
						facts.imageByAnAdult,
						facts.allegation,
						facts.sextortion,
					]);
				}
	});

	it('can reach every step', () => {
		const reached = new Set<string>();
		for (const reporter of questions.reporter)
			for (const about of questions.about)
				for (const poster of questions.poster)
					for (const kind of everyKindSet.filter((set) => set.length <= 2))
						for (const step of decideWorried({ reporter, about, poster, kind })) reached.add(step);
		expect([...reached].sort()).toEqual([...worriedHelper.steps].sort());
	});
});

describe('what may put a child at risk', () => {
	const at = (about: WorriedAnswers['about'], poster: WorriedAnswers['poster'], ...kind: Kind[]) =>
		childMayBeAtRisk({ about, poster, kind });

	it('is any image of a child, sexual contact, and harm to a pupil, including a fake account posting about one', () => {
		for (const kind of [...images, 'sexual-contact'] as Kind[])
			expect(at('other', 'outsider', kind)).toBe(true);
		expect(at('pupil', 'outsider', 'fake-account')).toBe(true);
		expect(at('pupil', 'pupil', 'faked-image')).toBe(true);
		expect(at('pupil', 'pupil', 'faked-sexual-image')).toBe(true);
		expect(imageOfAChild({ about: 'pupil', poster: 'pupil', kind: ['faked-sexual-image'] })).toBe(
			true
		);
		// B13: a humiliating edit that is not sexual is bullying, not an image of a child.
		expect(imageOfAChild({ about: 'pupil', poster: 'pupil', kind: ['faked-image'] })).toBe(false);
		expect(at('other', 'pupil', 'extremist')).toBe(true);
		expect(at('other', 'outsider', 'harmful')).toBe(true);
	});

	it('is not criticism of the school, or a deepfake of a teacher made by an adult', () => {
		expect(at('school', 'parent', 'criticism', 'review', 'group-chat')).toBe(false);
		expect(at('staff', 'outsider', 'faked-image')).toBe(false);
		expect(at('staff', 'outsider', 'faked-sexual-image')).toBe(false);
	});

	// B12 (deliberately replacing "a fake account pretending to be the school is not a child at risk"): such an
	// account can contact pupils, so the DSL is told.
	it('is a fake account pretending to be the school or a member of staff, which can contact pupils', () => {
		expect(at('school', 'outsider', 'fake-account')).toBe(true);
		expect(at('staff', 'outsider', 'fake-account')).toBe(true);
		expect(at('other', 'outsider', 'fake-account')).toBe(false);
	});
});

interface Situation {
	what: string;
	answers: WorriedAnswers;
	/** The steps the route must open with, in this order. */
	first: WorriedStepId[];
	/** Steps it must also give, anywhere. */
	also?: WorriedStepId[];
	/** Steps it must not give. */
	not?: WorriedStepId[];
}

const a = (
	reporter: Reader,
	about: WorriedAnswers['about'],
	poster: WorriedAnswers['poster'],
	...kind: Kind[]
): WorriedAnswers => ({ reporter, about, poster, kind });

const situations: Situation[] = [
	{
		what: 'the expert read: a pupil sees a friend’s post about hurting themselves (tell an adult, not block the friend)',
		answers: a('pupil', 'pupil', 'pupil', 'harmful'),
		first: ['pupil-tell-adult', 'pupil-self-harm'],
		also: ['pupil-childline'],
		not: ['pupil-block-and-report'],
	},
	{
		what: 'B10: a parent posts a sexual deepfake of a teacher (the police before the platform)',
		answers: a('staff', 'staff', 'parent', 'faked-sexual-image'),
		first: [
			'staff-keep-evidence-not-the-image',
			'staff-do-not-reply',
			'staff-faked-image-of-an-adult',
			'staff-tell-head',
		],
		also: ['staff-police', 'staff-look-after-yourself'],
		// The second DSL review (M2): no request to delete it or platform report before the police have the evidence
		// (staff-faked-image-of-an-adult says when the platform is told).
		not: [
			'staff-keep-evidence',
			'staff-tell-dsl',
			'staff-request-deletion',
			'staff-report-as-well',
		],
	},
	{
		what: 'B13: pupils share a humiliating (not sexual) edit of a classmate: bullying, with its evidence',
		answers: a('staff', 'pupil', 'pupil', 'faked-image'),
		first: [
			'staff-tell-dsl',
			'staff-if-a-child-tells-you',
			'staff-write-it-down',
			'staff-what-happens-next',
			'staff-keep-evidence',
		],
		also: ['staff-request-deletion', 'staff-behaviour-policy'],
		not: ['staff-image-do-not-look', 'staff-report-remove'],
	},
	{
		what: 'B13, B15: pupils share an AI-made nude of a classmate (the image route, Report Remove, the IWF)',
		answers: a('dsl', 'pupil', 'pupil', 'faked-sexual-image'),
		first: [
			'dsl-image-do-not-view',
			'dsl-act-now',
			'staff-if-a-child-tells-you',
			'dsl-image-review',
		],
		also: ['dsl-report-remove', 'dsl-iwf', 'staff-keep-evidence-not-the-image'],
		not: ['staff-keep-evidence', 'staff-request-deletion', 'staff-report-as-well'],
	},
	{
		what: 'B15: a parent learns an indecent image of their child is online (CEOP, the DSL, Report Remove)',
		answers: a('parent', 'pupil', 'outsider', 'indecent-image'),
		// (The third DSL review, S6, deliberately adds the IWF.)
		first: [
			'parent-do-not-share',
			'parent-ceop',
			'parent-tell-dsl',
			'parent-nspcc',
			'parent-iwf',
			'parent-report-remove',
		],
		not: ['parent-report-to-platform', 'parent-keep-evidence'],
	},
	{
		what: 'B12: a fake account pretending to be the school messages pupils',
		answers: a('staff', 'school', 'outsider', 'fake-account'),
		first: ['staff-tell-dsl'],
		also: ['staff-tell-head', 'staff-report-to-platform', 'staff-keep-evidence'],
	},
	{
		what: 'a parent reads a post saying a coach at the school hurt a child (the DSL and the Headteacher, not a complaint)',
		answers: a('parent', 'staff', 'parent', 'alleges-harm', 'criticism'),
		first: ['parent-tell-dsl', 'parent-allegation', 'parent-nspcc'],
		not: ['parent-raise-privately', 'parent-how-school-responds', 'parent-tell-school'],
	},
	{
		what: 'a pupil sees a post saying a teacher hurt a child',
		answers: a('pupil', 'staff', 'outsider', 'alleges-harm'),
		first: ['pupil-tell-adult', 'pupil-adult-at-school', 'pupil-childline'],
	},
	{
		what: 'a pupil posts that they want to hurt themselves (a member of staff)',
		answers: a('staff', 'pupil', 'pupil', 'harmful'),
		first: [
			'staff-tell-dsl',
			'staff-self-harm',
			'staff-if-a-child-tells-you',
			'staff-write-it-down',
		],
		not: ['staff-behaviour-policy'],
	},
	{
		what: 'a parent sees a pupil share extremist memes (the DSL decides on Prevent; ACT Early; no police call)',
		answers: a('parent', 'other', 'pupil', 'extremist'),
		first: ['parent-tell-dsl', 'parent-nspcc'],
		also: ['parent-act-early'],
		not: ['parent-police', 'parent-act'],
	},
	{
		what: 'a teacher reports a parent’s abusive post about a teacher',
		answers: a('staff', 'staff', 'parent', 'abuse'),
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-tell-head',
			'staff-request-deletion',
			'staff-report-as-well',
		],
		also: ['staff-posh', 'staff-police', 'staff-look-after-yourself'],
		not: ['staff-tell-dsl', 'staff-report-to-platform'],
	},
	{
		what: 'a TA finds a fake account posting about pupils',
		answers: a('staff', 'pupil', 'outsider', 'fake-account'),
		first: [
			'staff-tell-dsl',
			'staff-if-a-child-tells-you',
			'staff-write-it-down',
			'staff-what-happens-next',
			'staff-keep-evidence',
		],
		also: ['staff-tell-head', 'staff-report-to-platform'],
	},
	{
		what: 'a form tutor is shown a post that is bullying a pupil and carries the pupil’s nude',
		answers: a('staff', 'pupil', 'pupil', 'bullying', 'own-image'),
		first: ['staff-image-do-not-look', 'staff-image-talk', 'staff-tell-dsl'],
		also: ['staff-report-remove', 'staff-keep-evidence-not-the-image', 'staff-behaviour-policy'],
		not: ['staff-keep-evidence'],
	},
	{
		what: 'pupils bully another pupil in a group chat (evidence kept)',
		answers: a('staff', 'pupil', 'pupil', 'bullying'),
		first: [
			'staff-tell-dsl',
			'staff-if-a-child-tells-you',
			'staff-write-it-down',
			'staff-what-happens-next',
			'staff-keep-evidence',
		],
		also: ['staff-request-deletion', 'staff-behaviour-policy'],
		not: ['staff-image-do-not-look', 'staff-police'],
	},
	{
		what: 'a stranger in a game asks a pupil to meet up (a member of staff)',
		answers: a('staff', 'pupil', 'outsider', 'sexual-contact'),
		// The DSL image read (2026-12-03) deliberately puts "keep the messages, do not contact them" straight after the DSL.
		first: [
			'staff-tell-dsl',
			'staff-grooming-evidence',
			'staff-if-a-child-tells-you',
			'staff-write-it-down',
			'staff-what-happens-next',
		],
		not: ['staff-keep-evidence', 'staff-do-not-reply'],
	},
	{
		what: 'the same, reported by the DSL',
		answers: a('dsl', 'pupil', 'outsider', 'sexual-contact'),
		first: [
			'dsl-act-now',
			'staff-if-a-child-tells-you',
			'dsl-grooming-refer',
			'dsl-talk-to-the-child',
			'dsl-parents',
			'dsl-report-account',
			'dsl-record',
		],
	},
	{
		what: 'the DSL is told of a nude image of a Year 9 pupil going round',
		answers: a('dsl', 'pupil', 'pupil', 'own-image'),
		first: [
			'dsl-image-do-not-view',
			'dsl-act-now',
			'staff-if-a-child-tells-you',
			'dsl-image-review',
			'dsl-talk-to-the-child',
			'dsl-parents',
			'dsl-report-remove',
			'dsl-record',
		],
	},
	{
		what: 'the Headteacher sees a parent’s group chat turning on a teacher',
		answers: a('head', 'staff', 'parent', 'group-chat'),
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'head-decide',
			'staff-respond-fairly',
			'staff-look-after-yourself',
			'head-support-staff',
		],
		not: ['staff-tell-head', 'head-tell-dsl'],
	},
	{
		what: 'the Headteacher is shown an indecent image of a child',
		answers: a('head', 'pupil', 'outsider', 'indecent-image'),
		first: ['staff-image-do-not-look', 'staff-image-talk', 'head-tell-dsl'],
	},
	{
		what: 'a teacher finds a sexual deepfake of a colleague made by a pupil (the pupil’s behaviour is for the DSL too)',
		answers: a('staff', 'staff', 'pupil', 'faked-sexual-image'),
		first: [
			'staff-tell-dsl',
			'staff-if-a-child-tells-you',
			'staff-write-it-down',
			'staff-what-happens-next',
			'staff-keep-evidence-not-the-image',
			'staff-do-not-reply',
			'staff-faked-image-of-an-adult',
		],
		also: ['staff-posh', 'staff-police', 'staff-behaviour-policy', 'staff-look-after-yourself'],
		// The second DSL review (M2): the police before any deletion request or platform report.
		not: ['staff-request-deletion', 'staff-report-as-well'],
	},
	{
		what: 'a member of staff posts something sexual about a pupil (an allegation)',
		answers: a('staff', 'pupil', 'staff', 'abuse'),
		first: ['staff-tell-dsl', 'staff-allegation'],
		not: ['staff-tell-head', 'staff-code-of-conduct'],
	},
	{
		what: 'a volunteer sends a pupil sexual messages (an allegation about an adult at the school, KCSIE Part four)',
		answers: a('staff', 'pupil', 'community', 'sexual-contact'),
		// The DSL image read (2026-12-03): the messages kept, and the adult not contacted, before talking with the child.
		first: [
			'staff-tell-dsl',
			'staff-allegation',
			'staff-grooming-evidence',
			'staff-if-a-child-tells-you',
		],
	},
	{
		what: 'a governor shares a faked image of a pupil (the Headteacher contacts the LADO)',
		answers: a('head', 'pupil', 'community', 'faked-sexual-image'),
		first: ['staff-image-do-not-look', 'staff-image-talk', 'head-tell-dsl', 'head-allegation'],
		not: ['staff-request-deletion', 'head-support-staff'],
	},
	{
		what: 'a contractor’s post bullying a pupil reaches the DSL',
		answers: a('dsl', 'pupil', 'community', 'bullying'),
		first: ['dsl-act-now'],
		also: ['dsl-allegation'],
		not: ['staff-request-deletion', 'staff-report-as-well'],
	},
	{
		what: 'a parent posts that a teacher hurt their child (an allegation: the LADO, no deletion request, no public reply)',
		answers: a('head', 'staff', 'parent', 'alleges-harm', 'criticism'),
		first: ['head-tell-dsl', 'head-allegation'],
		not: [
			'staff-request-deletion',
			'staff-report-as-well',
			'staff-respond-fairly',
			'head-decide',
			'head-support-staff',
		],
	},
	{
		what: 'a member of staff sees a post saying a coach at the school hurt a pupil',
		answers: a('staff', 'pupil', 'outsider', 'alleges-harm'),
		first: ['staff-tell-dsl', 'staff-allegation'],
		not: ['staff-request-deletion', 'staff-report-to-platform'],
	},
	{
		what: 'the Headteacher learns a member of staff sent a pupil sexual messages',
		answers: a('head', 'pupil', 'staff', 'sexual-contact'),
		first: ['head-tell-dsl', 'head-allegation'],
	},
	{
		what: 'a member of staff sees a critical Mumsnet thread about the school',
		answers: a('staff', 'school', 'outsider', 'review'),
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-tell-head',
			'staff-respond-fairly',
			'staff-posh',
		],
		not: ['staff-tell-dsl', 'staff-police'],
	},
	{
		what: 'a parent finds a stranger asking their child for photos',
		answers: a('parent', 'pupil', 'outsider', 'sexual-contact'),
		first: ['parent-ceop', 'parent-tell-dsl', 'parent-nspcc'],
		also: ['parent-report-account'],
	},
	{
		what: 'a parent learns a teacher has been messaging their child on Snapchat asking for photos',
		answers: a('parent', 'pupil', 'staff', 'sexual-contact'),
		first: ['parent-ceop', 'parent-tell-dsl', 'parent-allegation', 'parent-nspcc'],
		// The third DSL review (MUST-FIX 1): no report of a teacher's account to the app before the LADO and police.
		not: ['parent-report-account'],
	},
	{
		what: 'a pupil shares extremist memes: the DSL and Prevent, not counter-terrorism police, for staff',
		answers: a('staff', 'other', 'pupil', 'extremist'),
		first: ['staff-tell-dsl'],
		also: ['staff-prevent'],
		not: ['staff-act'],
	},
	{
		what: 'a parent finds their child’s nude image has been shared by another pupil',
		answers: a('parent', 'pupil', 'pupil', 'own-image'),
		// The third DSL review (S6) deliberately adds the IWF, for the address where the image is.
		first: [
			'parent-do-not-share',
			'parent-tell-dsl',
			'parent-nspcc',
			'parent-iwf',
			'parent-report-remove',
		],
		not: ['parent-keep-evidence'],
	},
	{
		what: 'a parent wants to complain about the school online',
		answers: a('parent', 'school', 'parent', 'criticism'),
		first: ['parent-do-not-reply', 'parent-raise-privately', 'parent-how-school-responds'],
		not: ['parent-tell-dsl', 'parent-nspcc'],
	},
	{
		what: 'a pupil’s own nude photo is being shared',
		answers: a('pupil', 'pupil', 'pupil', 'own-image'),
		// The DSL review deliberately adds the sextortion step ("someone says they will share it").
		first: [
			'pupil-do-not-share',
			'pupil-tell-adult',
			'pupil-threat-to-share',
			'pupil-report-remove',
			'pupil-childline',
		],
	},
	{
		what: 'a stranger in a game asks a pupil to meet up (the pupil)',
		answers: a('pupil', 'pupil', 'outsider', 'sexual-contact'),
		// The DSL review (SHOULD-FIX b) deliberately replaces "block and report" with "keep the chat" here.
		first: ['pupil-tell-adult', 'pupil-ceop', 'pupil-keep-the-chat', 'pupil-childline'],
		not: ['pupil-block-and-report'],
	},
	{
		what: 'the DSL review: a stranger threatens to share a pupil’s nude unless they pay (the parent)',
		answers: a('parent', 'pupil', 'outsider', 'own-image'),
		// (The DSL re-read of 2026-12-05: "don't pay, it's not their fault" whether or not "sextortion" is ticked.)
		first: ['parent-do-not-share', 'parent-sextortion', 'parent-ceop', 'parent-tell-dsl'],
	},
	{
		what: 'the DSL review: an AI-made nude of a pupil made by a stranger (the pupil)',
		answers: a('pupil', 'pupil', 'outsider', 'faked-sexual-image'),
		first: ['pupil-do-not-share', 'pupil-tell-adult', 'pupil-threat-to-share', 'pupil-ceop'],
	},
	{
		what: 'the DSL review: a parent sees a pupil’s sexual deepfake of a teacher (no platform report first)',
		answers: a('parent', 'staff', 'pupil', 'faked-sexual-image'),
		also: ['parent-sexual-image-of-an-adult', 'parent-police'],
		first: ['parent-tell-dsl'],
		not: ['parent-report-to-platform', 'parent-keep-evidence'],
	},
	{
		what: 'sextortion: a stranger threatens to share a pupil’s nude unless they pay (a member of staff)',
		answers: a('staff', 'pupil', 'outsider', 'sextortion'),
		first: ['staff-image-do-not-look', 'staff-image-talk', 'staff-tell-dsl', 'staff-sextortion'],
		also: ['staff-grooming-evidence', 'staff-report-remove', 'staff-write-it-down'],
		not: ['staff-keep-evidence', 'staff-report-to-platform'],
	},
	{
		what: 'sextortion: the same, reported to the DSL (the police now, CEOP, Report Remove, the account later)',
		answers: a('dsl', 'pupil', 'outsider', 'sextortion'),
		first: ['dsl-image-do-not-view', 'dsl-act-now', 'dsl-sextortion'],
		also: ['dsl-image-review', 'dsl-report-remove', 'dsl-report-account', 'dsl-record'],
	},
	{
		what: 'sextortion: a parent whose child is being blackmailed for money (don’t pay, CEOP, then the school)',
		answers: a('parent', 'pupil', 'outsider', 'sextortion'),
		first: ['parent-do-not-share', 'parent-sextortion', 'parent-ceop', 'parent-tell-dsl'],
		also: ['parent-report-remove'],
		not: ['parent-report-to-platform', 'parent-keep-evidence'],
	},
	{
		what: 'sextortion: another pupil threatens to share a pupil’s nude unless they send more (the pupil)',
		answers: a('pupil', 'pupil', 'pupil', 'sextortion'),
		first: [
			'pupil-do-not-share',
			'pupil-tell-adult',
			'pupil-threat-to-share',
			'pupil-ceop',
			'pupil-keep-the-chat',
			'pupil-report-remove',
			'pupil-childline',
		],
		not: ['pupil-block-and-report'],
	},
	{
		what: 'the DSL review: a pupil’s extremist post: no deletion request or sanction before the DSL',
		answers: a('dsl', 'other', 'pupil', 'extremist'),
		first: ['dsl-act-now'],
		also: ['dsl-prevent'],
		not: ['staff-request-deletion', 'staff-behaviour-policy'],
	},
	{
		what: 'the third DSL review (M1): a teacher posts a mocking meme about a pupil (an allegation, not the code of conduct)',
		answers: a('staff', 'pupil', 'staff', 'bullying', 'faked-image'),
		first: ['staff-tell-dsl', 'staff-allegation'],
		not: [
			'staff-request-deletion',
			'staff-tell-head',
			'head-decide',
			'staff-code-of-conduct',
			'staff-colleague-conduct',
		],
	},
	{
		what: 'M1: a volunteer shares extremist material about a pupil, read by the Headteacher (the LADO, and ACT)',
		answers: a('head', 'pupil', 'community', 'extremist'),
		first: ['head-tell-dsl', 'head-allegation'],
		also: ['staff-act'],
		not: ['head-decide', 'staff-request-deletion', 'staff-code-of-conduct'],
	},
	{
		what: 'M1: the DSL learns a member of staff runs a fake account posting about a pupil',
		answers: a('dsl', 'pupil', 'staff', 'fake-account'),
		first: ['dsl-act-now', 'dsl-allegation'],
		not: ['staff-request-deletion', 'staff-report-as-well', 'head-decide'],
	},
	{
		what: 'M1: a parent sees a teacher’s post humiliating their child (the Headteacher and the DSL, not the teacher)',
		answers: a('parent', 'pupil', 'staff', 'upsetting'),
		first: ['parent-tell-dsl', 'parent-allegation'],
		not: ['parent-tell-school', 'parent-report-to-platform', 'parent-raise-privately'],
	},
	{
		what: 'M1: a pupil sees a teacher’s post making fun of them (another adult, not that teacher; no blocking yet)',
		answers: a('pupil', 'pupil', 'staff', 'bullying'),
		first: ['pupil-tell-adult', 'pupil-adult-at-school', 'pupil-childline'],
		not: ['pupil-block-and-report'],
	},
	{
		what: 'S4: a colleague posts violent content not about a pupil (the harm threshold before the school’s response)',
		answers: a('staff', 'other', 'staff', 'violent'),
		first: ['staff-colleague-conduct'],
		also: ['staff-police'],
		not: ['staff-allegation'],
	},
	{
		what: 'S4: the Headteacher reads a governor’s abusive post about a colleague',
		answers: a('head', 'staff', 'community', 'abuse'),
		first: ['staff-colleague-conduct'],
		also: ['head-decide'],
	},
	{
		what: 'S6: a parent finds a sexual image of a child they do not know on a website (IWF, no screenshot)',
		answers: a('parent', 'other', 'outsider', 'indecent-image'),
		first: ['parent-do-not-share', 'parent-ceop', 'parent-nspcc', 'parent-iwf'],
		not: ['parent-keep-evidence', 'parent-report-to-platform', 'parent-tell-dsl'],
	},
	{
		what: 'the DSL image read: a parent at the school shares a sexual image of a child (CEOP, then the DSL)',
		answers: a('parent', 'other', 'parent', 'indecent-image'),
		first: ['parent-do-not-share', 'parent-ceop', 'parent-tell-dsl'],
	},
	{
		what: 'the DSL image read: a stranger asks a child for sexual images (CEOP, then the school’s DSL)',
		answers: a('parent', 'other', 'outsider', 'sexual-contact'),
		first: ['parent-ceop', 'parent-tell-dsl'],
	},
];

describe('“I’m worried about a post” in real situations', () => {
	it.each(situations.map((situation) => [situation.what, situation] as const))(
		'%s',
		(_what, { answers, first, also = [], not = [] }) => {
			const route = decideWorried(answers);
			expect(route.slice(0, first.length)).toEqual(first);
			expect(route).toEqual(expect.arrayContaining(also));
			for (const step of not) expect(route).not.toContain(step);
		}
	);
});

describe('the third DSL review’s invariant (M1, S4, S6)', () => {
	const problem = (
		answers: WorriedAnswers,
		change: (route: WorriedStepId[]) => WorriedStepId[]
	) => {
		const facts = factsOf(answers);
		return adultAtSchoolProblem(answers, change(decideWorried(answers, facts)), facts);
	};
	const same = (route: WorriedStepId[]) => route;

	it('finds a route that asks for a deletion, or puts anything but the child first before the allegation', () => {
		const teacher = a('staff', 'pupil', 'staff', 'bullying');
		expect(problem(teacher, same)).toBeUndefined();
		expect(problem(teacher, (route) => [...route, 'staff-request-deletion'])).toMatch(
			/before the LADO advises/
		);
		expect(
			problem(teacher, (route) => route.filter((step) => step !== 'staff-allegation'))
		).toMatch(/without staff-allegation/);
		expect(problem(teacher, (route) => ['staff-keep-evidence', ...route])).toMatch(
			/before staff-allegation/
		);
	});

	it('finds a colleague’s post with no harm-threshold step, and a sexual image of a child online with no IWF', () => {
		const colleague = a('staff', 'other', 'staff', 'violent');
		expect(problem(colleague, same)).toBeUndefined();
		expect(
			problem(colleague, (route) => route.filter((step) => step !== 'staff-colleague-conduct'))
		).toMatch(/without the harm threshold step/);
		const parent = a('parent', 'other', 'outsider', 'indecent-image');
		expect(problem(parent, same)).toBeUndefined();
		expect(problem(parent, (route) => route.filter((step) => step !== 'parent-iwf'))).toMatch(
			/without the IWF/
		);
	});
});
