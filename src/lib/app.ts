/**
 * What the age checker and the app guides know about one app, site or game: the shape of an entry in
 * content/data/apps.yaml once src/schemas/apps.ts has checked it. The rules in src/lib work on this type;
 * the schema conforms to it.
 */

export const pegiRatings = [3, 7, 12, 16, 18] as const;
export type PegiRating = (typeof pegiRatings)[number];

export const pegiDescriptors = [
	'violence',
	'bad-language',
	'fear',
	'gambling',
	'sex',
	'drugs',
	'discrimination',
	'in-game-purchases',
	'paid-random-items',
] as const;
export type PegiDescriptor = (typeof pegiDescriptors)[number];

export const appKinds = ['app', 'site', 'game', 'platform'] as const;
export type AppKind = (typeof appKinds)[number];

export const featureKinds = [
	'chat-with-strangers',
	'disappearing-messages',
	'live-streaming',
	'location-sharing',
	'in-app-purchases',
	'public-profile',
	'algorithmic-feed',
	'voice-chat',
	'user-generated-content',
	'ai-chat',
] as const;
export type FeatureKind = (typeof featureKinds)[number];

/**
 * Where facts were read. `primary`: the platform's own page, pegi.info, or a UK public body (Hwb, the UK Safer
 * Internet Centre, the NSPCC, Ofcom). `secondary`: news or another organisation's guide, used only where nothing better was found.
 */
export const sourceKinds = ['primary', 'secondary'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export interface Source {
	url: string;
	kind: SourceKind;
	/** The day the source was read, YYYY-MM-DD. */
	checked: string;
	/** The source's own date, where it shows one, YYYY-MM-DD. */
	published?: string | undefined;
}

/** Every fact names the address of one of its entry's `sources`. */
export interface Fact {
	source: string;
}

export interface App {
	id: string;
	name: string;
	aliases: string[];
	kind: AppKind;
	/** For a yearly game series: the edition the entry describes, whose own rating it gives. */
	edition?: string | undefined;
	minimumAge?: (Fact & { age: number; note?: string | undefined }) | undefined;
	ageHistory?: (Fact & { age: number; until: string })[] | undefined;
	pegi?: (Fact & { rating: PegiRating; descriptors: PegiDescriptor[]; title: string }) | undefined;
	/** The app stores' age ratings, as written there: "13+", "Teen". */
	stores?:
		| {
				appStore?: (Fact & { rating: string }) | undefined;
				googlePlay?: (Fact & { rating: string }) | undefined;
		  }
		| undefined;
	features: (Fact & { kind: FeatureKind; note: string })[];
	/** The platform's own guide to its parental controls and safety settings, and what to set. */
	controls?: (Fact & { name: string; url: string; settings: string[] }) | undefined;
	/** How to report and block on the platform, with its own page on reporting. */
	reporting?: (Fact & { url: string; steps: string[] }) | undefined;
	notes?: string | undefined;
	unconfirmed?: string | undefined;
	sources: Source[];
}
