/**
 * The frameworks a lesson is mapped to. UKCIS "Education for a Connected World" (2020 edition) has eight strands;
 * Keeping Children Safe in Education sorts online risks into four areas (content, contact, conduct, commerce).
 */
export const strands = [
	'self-image-and-identity',
	'online-relationships',
	'online-reputation',
	'online-bullying',
	'managing-online-information',
	'health-wellbeing-and-lifestyle',
	'privacy-and-security',
	'copyright-and-ownership',
] as const;
export type Strand = (typeof strands)[number];

export const strandLabels: Record<Strand, string> = {
	'self-image-and-identity': 'Self-image and identity',
	'online-relationships': 'Online relationships',
	'online-reputation': 'Online reputation',
	'online-bullying': 'Online bullying',
	'managing-online-information': 'Managing online information',
	'health-wellbeing-and-lifestyle': 'Health, well-being and lifestyle',
	'privacy-and-security': 'Privacy and security',
	'copyright-and-ownership': 'Copyright and ownership',
};

export const riskAreas = ['content', 'contact', 'conduct', 'commerce'] as const;
export type RiskArea = (typeof riskAreas)[number];

/** How many items serve each value, every value listed (zero where none does). */
export function coverage<Key extends string>(
	keys: readonly Key[],
	items: readonly { tags: readonly Key[] }[]
): Record<Key, number> {
	return Object.fromEntries(
		keys.map((key) => [key, items.filter((item) => item.tags.includes(key)).length])
	) as Record<Key, number>;
}
