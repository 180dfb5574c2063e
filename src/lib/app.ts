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

/**
 * PEGI's rules that can set a game's rating by how it plays, not what it shows: games that teach or encourage
 * gambling, paid random items (loot boxes), and, for games submitted from June 2026, time-limited offers and
 * unrestricted chat. Their words are in content/data/pegi.yaml (`rules`).
 */
export const pegiRules = [
	'gambling',
	'paid-random-items',
	'time-limited-offers',
	'unrestricted-chat',
] as const;
export type PegiRule = (typeof pegiRules)[number];

/** The lowest rating each rule gives a game submitted under it (PEGI: gambling 18, paid random items 16 by default …). */
export const pegiRuleRatings: Record<PegiRule, PegiRating> = {
	gambling: 18,
	'paid-random-items': 16,
	'time-limited-offers': 12,
	'unrestricted-chat': 18,
};

/**
 * How an app with no minimum age in its terms is meant to be used by a child: `settings`, anyone may join and
 * what a child meets depends on age-based settings and labels (Roblox); `child-account`, a parent sets up a child
 * account and chooses what it allows (a console's, Google's).
 */
export const noMinimumWays = ['settings', 'child-account'] as const;
export type NoMinimumWay = (typeof noMinimumWays)[number];

/** The two app stores, in the order a guide lists them. */
export const storeNames = ['appStore', 'googlePlay'] as const;
export type StoreName = (typeof storeNames)[number];

/** The kinds of entry that are apps on the stores (or have an app there), so must say each store's rating or why not. */
export const storeKinds: readonly AppKind[] = ['app', 'site', 'game'];

/** A store's age rating as read on its listing (or in a UK public body's guide that quotes it), with its source. */
export interface StoreRating extends Fact {
	rating: string;
}

/** A store's rating that could not be read: why not, and what a parent can do (shown on the guide). */
export interface StoreUnconfirmed {
	unconfirmed: string;
}

export type StoreFact = StoreRating | StoreUnconfirmed;

/** The rating a store fact gives, or undefined where it is unconfirmed. */
export function storeRating(fact: StoreFact | undefined): StoreRating | undefined {
	return fact && 'rating' in fact ? fact : undefined;
}

/** What applies to a child from age `from` (until the next band's `from`), in the platform's own terms. */
export interface AtAge extends Fact {
	from: number;
	text: string;
}

/** One step of a guide's settings: its words, or its words with the page they were read on, where that is not the guide's. */
export type Setting = string | (Fact & { text: string });

/** A setting's words, and its own source where it has one. */
export function settingParts(setting: Setting): { text: string; source?: string | undefined } {
	return typeof setting === 'string' ? { text: setting } : setting;
}

/**
 * Where a guide names the sources of its settings, so that each step's source is clear without repeating it. Where
 * every step rests on one page, that page is named once under the list (`under`). Otherwise a step read on a page
 * other than the list's own names it beside it (`source`), and the list's own source is named once under the list
 * for the steps without one beside them (`others`), if any step rests on it.
 */
export function settingSources(controls: Fact & { settings: Setting[] }): {
	steps: { text: string; source?: string | undefined }[];
	under?: string | undefined;
	others: boolean;
} {
	const parts = controls.settings.map(settingParts);
	const used = new Set(parts.map(({ source }) => source ?? controls.source));
	if (used.size <= 1)
		return {
			steps: parts.map(({ text }) => ({ text })),
			under: [...used][0] ?? controls.source,
			others: false,
		};
	const steps = parts.map(({ text, source }) =>
		source && source !== controls.source ? { text, source } : { text }
	);
	return used.has(controls.source)
		? { steps, under: controls.source, others: true }
		: { steps, others: false };
}

export interface App {
	id: string;
	name: string;
	aliases: string[];
	kind: AppKind;
	/** For a yearly game series: the edition the entry describes, whose own rating it gives. */
	edition?: string | undefined;
	minimumAge?: (Fact & { age: number; note?: string | undefined }) | undefined;
	/**
	 * The platform's terms set no minimum age (a fact, read in its terms, not a gap): what applies to a child
	 * instead, by age, youngest first.
	 */
	noMinimumAge?: (Fact & { way: NoMinimumWay; atAge: AtAge[] }) | undefined;
	ageHistory?: (Fact & { age: number; until: string })[] | undefined;
	pegi?:
		| (Fact & {
				rating: PegiRating;
				descriptors: PegiDescriptor[];
				title: string;
				/** PEGI's rules about how the game plays that set this rating (gambling, paid random items ...). */
				rules?: PegiRule[] | undefined;
		  })
		| undefined;
	/**
	 * For a yearly series whose current edition's rating we could not read: the PEGI ratings of the main editions
	 * we could read (each named in `titles`), so the checker speaks about the series.
	 */
	series?:
		| (Fact & {
				ratings: PegiRating[];
				titles: string[];
				/** PEGI's rules that apply to the current edition's features (paid random items …), which may rate it higher. */
				rules?: PegiRule[] | undefined;
		  })
		| undefined;
	/**
	 * The app stores' age ratings, as written there ("13+", "PEGI 12"), or, where the listing could not be read,
	 * why not (`unconfirmed`). Entries of the kinds in `storeKinds` give both.
	 */
	stores?: { appStore?: StoreFact | undefined; googlePlay?: StoreFact | undefined } | undefined;
	features: (Fact & { kind: FeatureKind; note: string })[];
	/**
	 * The platform's own guide to its parental controls and safety settings, and what to set. A setting read on
	 * another of the platform's pages than `source` names that page as its own source.
	 */
	controls?: (Fact & { name: string; url: string; settings: Setting[] }) | undefined;
	/** What changes for a child on their birthday (13, 16, 18 …), in the platform's own terms, youngest first. */
	changesAt?: (Fact & { age: number; text: string })[] | undefined;
	/** How to report and block on the platform, with its own page on reporting. */
	reporting?: (Fact & { url: string; steps: string[] }) | undefined;
	notes?: string | undefined;
	unconfirmed?: string | undefined;
	sources: Source[];
}

/**
 * What the checker's answer needs of an app: everything but its settings, store ratings and reporting steps, each source as its
 * address and dates. The checker page loads every app in this form from /apps/verdicts.json; a guide passes its own.
 */
export function verdictApp(app: App): App {
	const { controls: _controls, reporting: _reporting, stores: _stores, ...rest } = app;
	return {
		...rest,
		sources: app.sources.map(({ url, kind, checked, published }) => ({
			url,
			kind,
			checked,
			...(published && { published }),
		})),
	};
}
