import type { z } from 'astro/zod';
import { headlineKeys, type VerdictWords } from '../lib/age-verdict';
import { errorCodes, overallKinds } from '../lib/age-check';
import { guideAnchors } from '../lib/app-guide';
import { storeNames } from '../lib/app';
import { fields, keyed, text } from './wording';

/** The age checker's and the app guides' words, from content/data/age-checker.yaml. */
/** A unit's form for each plural category of a language; `other` always, the others where the language has them. */
const pluralForms = fields({
	zero: text.optional(),
	one: text.optional(),
	two: text.optional(),
	few: text.optional(),
	many: text.optional(),
	other: text,
});

export const ageCheckerSchema = fields({
	headlines: keyed(headlineKeys, () => text),
	waits: keyed(['years', 'birth', 'tomorrow', 'year-group', 'after-school'] as const, () => text),
	groups: keyed(overallKinds, () => text),
	details: keyed(
		[
			'terms-meets',
			'terms-spans',
			'terms-not-yet',
			'terms-unknown',
			'pegi-meets',
			'pegi-spans',
			'pegi-not-yet',
			'terms-none-settings',
			'terms-none-child-account',
			'at-age',
			'under-age',
			'any-age',
			'series',
			'rules',
			'series-rules',
		] as const,
		() => text
	),
	findOut: keyed(['title', 'terms', 'stores', 'pegi'] as const, () => text),
	unknownApp: text,
	didYouMean: text,
	outOfDate: text,
	guideLink: text,
	pegiAdvice: text,
	guide: fields({
		sections: keyed(guideAnchors, () => text),
		noMinimum: text,
		noMinimumSettings: text,
		noMinimumChildAccount: text,
		series: text,
		changesTitle: text,
		changeAt: text,
		noPegiGame: text,
		notAGame: text,
		noStores: text,
		stores: keyed(storeNames, () => text),
		storeNotConfirmed: text,
		storeAdvice: text,
		noFeatures: text,
		noControls: text,
		noReporting: text,
		description: text,
		intro: text,
		controlsLead: text,
		reportingLead: text,
		reportingLink: text,
		atRisk: text,
		worried: text,
		settingsOthers: text,
		unconfirmed: text,
		sourceKinds: keyed(['primary', 'secondary'] as const, () => text),
		sourceRead: text,
		sourceDated: text,
		staleSource: text,
	}),
	form: fields({
		checking: text,
		app: keyed(['label', 'hint', 'suggestions'] as const, () => text),
		modes: text,
		years: keyed(['mode', 'label', 'hint'] as const, () => text),
		birth: keyed(['mode', 'label', 'hint'] as const, () => text),
		'year-group': keyed(['mode', 'label', 'hint', 'choose'] as const, () => text),
		check: text,
		showAll: text,
		hideAll: text,
		error: text,
		correctOne: text,
		correctMany: text,
		loadFailed: text,
	}),
	errors: keyed(errorCodes, () => text),
	child: keyed(['years', 'birth', 'year-group'] as const, () => text),
	yearGroups: keyed(['reception', 'year'] as const, () => text),
	units: keyed(['year', 'years', 'month', 'months', 'day', 'days', 'and'] as const, () => text),
	/**
	 * Optional, for a language with more plural forms than "1 / many" (Polish, Arabic): each unit's form for each of
	 * the language's plural categories (Intl.PluralRules: zero, one, two, few, many, other); `units` is then used
	 * only for `and`. A test checks that every category the language uses is given.
	 */
	plurals: keyed(['year', 'month', 'day'] as const, () => pluralForms).optional(),
	longWaits: keyed(
		['years', 'birth', 'year-group', 'after-school', 'next-year', 'school-years'] as const,
		() => text
	),
	history: text,
	verdict: keyed(
		[
			'stale',
			'or',
			'pegi',
			'descriptors',
			'features',
			'sources',
			'source',
			'lastChecked',
			'policy',
			'everyApp',
			'devices',
			'changes',
		] as const,
		() => text
	),
	table: fields({
		caption: text,
		columns: keyed(['app', 'minimum', 'pegi', 'features', 'sources'] as const, () => text),
		notConfirmed: text,
		noMinimum: text,
		childAccount: text,
		series: text,
		sourcesLink: text,
		oneSource: text,
		rating: text,
		noPegi: text,
		noFeatures: text,
		summary: text,
		print: text,
		printLink: text,
	}),
	noScript: keyed(['guide', 'table', 'folded', 'link'] as const, () => text),
});

/** The words conform to what the rules in src/lib expect. */
const conforms: (words: z.output<typeof ageCheckerSchema>) => VerdictWords = (words) => words;
void conforms;
