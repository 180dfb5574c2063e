/** Who a page, a contact or a piece of wording is for. The page schema (src/schemas/audience.ts) checks against these. */
export const audiences = ['parents', 'pupils', 'staff'] as const;
export type Audience = (typeof audiences)[number];

export const audienceLabels: Record<Audience, string> = {
	parents: 'Parents',
	pupils: 'Pupils',
	staff: 'Staff',
};
