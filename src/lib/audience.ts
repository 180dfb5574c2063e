/** Who a page, a contact or a piece of advice is for. The schemas in src/schemas/ check content against this list. */
export const audiences = ['parents', 'pupils', 'staff'] as const;
export type Audience = (typeof audiences)[number];
