/** Who a page, a contact or a tool's words are for. */
export const audiences = ['parents', 'pupils', 'staff'] as const;
export type Audience = (typeof audiences)[number];

export const audienceLabels: Record<Audience, string> = {
	parents: 'Parents',
	pupils: 'Pupils',
	staff: 'Staff',
};
