import { fields, wording } from './wording';

/** The words of the decision helpers' own controls, headings and incident note (content/data/decision-helper.yaml). */
export const decisionHelperWordsSchema = fields({
	urgent: wording,
	policyLink: wording,
	readMore: wording,
	guidance: wording,
	chooseOne: wording,
	chooseSome: wording,
	missingOne: wording,
	missingMany: wording,
	submit: wording,
	startOver: wording,
	resultTitle: wording,
	note: fields({
		heading: wording,
		intro: wording,
		title: wording,
		answers: wording,
		when: wording,
		who: wording,
		seen: wording,
		steps: wording,
		done: wording,
		told: wording,
		print: wording,
		footer: wording,
		reported: wording,
		taken: wording,
		printHint: wording,
	}),
});
