import { text, fields } from './wording';

/** The words that tell the policy and the guidance apart (content/data/layers.yaml). */
export const layersWordingSchema = fields({
	policy: fields({ approval: text, textLabel: text }),
	guidance: fields({ label: text, policyLink: text }),
	summary: fields({ title: text, pupilTitle: text }),
	/** In the footer of every page of a school that belongs to a trust (`trust` in content/school.yaml). */
	footer: fields({ trust: text }).optional(),
	editorialNote: fields({ label: text, notApproved: text, proposed: text }),
	wholePolicy: fields({ headings: text, guidance: text }),
	proposed: fields({
		heading: text,
		status: text,
		original: text,
		proposed: text,
		reason: text,
		source: text,
	}),
	changes: fields({
		notes: text,
		notesIntro: text,
		original: text,
		note: text,
		reason: text,
		source: text,
		checked: text,
		added: text,
		addedIntro: text,
		headings: text,
		blocks: text,
		summary: text,
		pupilSummary: text,
	}),
	governorsPack: fields({
		intro: text,
		policy: text,
		policyText: text,
		policyLink: text,
		guidance: text,
		guidanceIntro: text,
		policyPages: text,
		policyPagesIntro: text,
		proposed: text,
		noProposals: text,
	}),
});
