import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { App } from '~/lib/app';
import type { FormWords, WidgetWords } from '~/lib/age-verdict';
import { errorMessage, yearGroupName } from '~/lib/age-form';
import { fill, fillParts } from '~/lib/template';
import type { PegiWording } from '~/schemas/pegi';
import type { FeatureLabels } from '~/schemas/app-features';
import {
	appsForAge,
	checkAge,
	readAge,
	suggestApps,
	yearGroups,
	type AgeMode,
	type Field,
	readNameLines,
	type Named,
	type Verdict,
} from '~/lib/age-check';
import { toIso } from '~/lib/dates';
import { useHydrated } from '../shared/use-enhanced';
import Combobox from './Combobox';
import FieldShell, { describedBy } from './FieldShell';

/**
 * The answer's views, loaded with the apps' facts when the reader first shows intent (a tap or focus in the form), not
 * as the page loads: the form works at once, and a page where nobody checks anything never loads them.
 */
type Views = {
	AgeVerdict: typeof import('./AgeVerdict').default;
	AppsForAge: typeof import('./AppsForAge').default;
};
let viewsLoading: Promise<Views> | undefined;
function loadViews(): Promise<Views> {
	viewsLoading ??= Promise.all([import('./AgeVerdict'), import('./AppsForAge')]).then(
		([verdict, all]) => ({ AgeVerdict: verdict.default, AppsForAge: all.default })
	);
	return viewsLoading;
}

export interface Props {
	/** Every app, as the answer needs it: given here (an app's guide, tests), or loaded from `dataUrl`. */
	apps?: App[] | undefined;
	/** Where to load the apps from when they are not given: /apps/verdicts.json. */
	dataUrl?: string | undefined;
	/**
	 * The apps' ids, names and aliases, for suggestions before the rest loads, compact: one app a line, its id, name
	 * and aliases joined by "|" (see `nameLines` in src/lib/age-check.ts).
	 */
	names?: string | undefined;
	/** What PEGI's ratings and descriptors mean, from content/data/pegi.yaml. */
	pegiWording?: PegiWording | undefined;
	/** The names of the apps' features, from content/data/app-features.yaml. */
	featureLabels?: FeatureLabels | undefined;
	/** The policy's own words on underage use, and the address of that section. */
	policyQuote: string;
	policyUrl: string;
	/**
	 * The checker's words, from content/data/age-checker.yaml: all of them (an app's guide, tests), or only the form's,
	 * the rest coming with the data file.
	 */
	words: FormWords | WidgetWords;
	/** The address of each app's guide, by id; or `guideBase`, the address their ids follow (/apps/). */
	guideUrls?: Record<string, string> | undefined;
	guideBase?: string | undefined;
	/** Sources read so long ago (at build time) that their facts may be out of date. */
	staleSources?: string[] | undefined;
	/** On an app's own guide: the checker asks only for the age, for this app. */
	fixedApp?: App | undefined;
	/** The device set-up guides (/devices/). */
	devicesUrl?: string | undefined;
	/**
	 * On a page in another language: the label, in that language, before an app's own notes, which stay in English
	 * (and are marked lang="en-GB").
	 */
	inEnglish?: string | undefined;
}

const modes: AgeMode[] = ['years', 'birth', 'year-group'];

/** The data file (/apps/verdicts.json): every app as the answer needs it, and the words and dates that go with them. */
export interface VerdictData {
	apps: App[];
	words: WidgetWords;
	pegiWording: PegiWording;
	featureLabels: FeatureLabels;
	staleSources: string[];
}

function todayIso(): string {
	const now = new Date();
	return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** "Can my child use this?": pick an app, give the child's age, read the verdict. */
export default function AgeChecker({
	apps: given,
	dataUrl,
	names: givenNames,
	pegiWording: givenPegi,
	featureLabels: givenFeatures,
	policyQuote,
	policyUrl,
	words,
	guideUrls: givenGuideUrls,
	guideBase,
	staleSources: givenStale,
	fixedApp,
	devicesUrl,
	inEnglish,
}: Props) {
	// The form is the same in the built page and once hydrated, so nothing moves; `data-ready` says it works.
	const hydrated = useHydrated();
	const id = useId();
	const [query, setQuery] = useState(fixedApp?.name ?? '');
	const [mode, setMode] = useState<AgeMode>('years');
	const [ages, setAges] = useState<Record<AgeMode, string>>({
		years: '',
		birth: '',
		'year-group': '',
	});
	const [verdict, setVerdict] = useState<Verdict | undefined>();
	const [showAll, setShowAll] = useState(false);
	const fields = useRef<Partial<Record<Field, HTMLElement | null>>>({});
	const result = useRef<HTMLDivElement | null>(null);
	/** Set by Check: once the answer is drawn, bring it into view and move focus to it. */
	const reveal = useRef(false);
	const today = useMemo(todayIso, []);
	const [loaded, setLoaded] = useState<App[] | undefined>(given);
	const [loadFailed, setLoadFailed] = useState(false);
	const [views, setViews] = useState<Views | undefined>();
	/** What the data file carries besides the apps, when it is not given. */
	const [extra, setExtra] = useState<Partial<VerdictData>>({});
	const pegiWording = givenPegi ?? extra.pegiWording;
	const featureLabels = givenFeatures ?? extra.featureLabels;
	const staleSources = givenStale ?? extra.staleSources ?? [];
	const allWords: WidgetWords | undefined = 'headlines' in words ? words : extra.words;
	const loading = useRef<Promise<App[]> | undefined>(undefined);
	const apps = loaded ?? [];
	const listed = useMemo(() => readNameLines(givenNames ?? ''), [givenNames]);
	const names: Named[] = loaded ?? listed;
	const checked = fixedApp ? [fixedApp] : apps;
	const guideUrls = useMemo(
		() =>
			givenGuideUrls ??
			Object.fromEntries(guideBase ? apps.map((app) => [app.id, `${guideBase}${app.id}/`]) : []),
		[apps]
	);

	/** The apps, loaded once from `dataUrl` when they were not given. */
	function load(): Promise<App[]> {
		if (loaded) return Promise.resolve(loaded);
		loading.current ??= fetch(dataUrl ?? '')
			.then((response) => {
				if (!response.ok) throw new Error(String(response.status));
				return response.json() as Promise<VerdictData>;
			})
			.then((data) => {
				setExtra(data);
				setLoaded(data.apps);
				return data.apps;
			})
			.catch((error: unknown) => {
				loading.current = undefined;
				throw error;
			});
		return loading.current;
	}

	/** Everything an answer needs: the apps (given, or loaded) and the views. */
	function prepare(): Promise<[readonly App[], Views]> {
		const ready = Promise.all([fixedApp ? [fixedApp] : load(), loadViews()] as const);
		ready.then(([, loadedViews]) => setViews(() => loadedViews)).catch(() => undefined);
		return ready;
	}

	useEffect(() => {
		if (!reveal.current || !verdict || verdict.kind === 'invalid') return;
		reveal.current = false;
		const answer = result.current?.querySelector<HTMLElement>('[data-answer]');
		if (!answer) return;
		const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
		answer.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
		answer.focus({ preventScroll: true });
	}, [verdict]);

	const errors = verdict?.kind === 'invalid' ? verdict.errors : [];
	const errorFor = (field: Field) => {
		const error = errors.find((error) => error.field === field);
		return error && errorMessage(error, words);
	};
	const age = readAge(mode, ages[mode], today);

	function check(app = query) {
		const judge = (list: readonly App[]) => {
			const answer = checkAge(fixedApp ? [fixedApp] : list, { app, mode, age: ages[mode], today });
			setLoadFailed(false);
			setVerdict(answer);
			setShowAll(false);
			if (answer.kind === 'invalid') fields.current[answer.errors[0]!.field]?.focus();
			else reveal.current = true;
		};
		// Mistakes in the form are shown at once; an answer waits, rarely, for the apps and views to load.
		const early = checkAge(checked, { app, mode, age: ages[mode], today });
		if (early.kind === 'invalid') return judge(checked);
		prepare().then(
			([list]) => judge(list),
			() => setLoadFailed(true)
		);
	}

	/** An answer stays only while it matches what is in the form; error messages stay until the next check. */
	function edited() {
		if (verdict?.kind !== 'invalid') setVerdict(undefined);
	}

	function chooseApp(app: Named) {
		setQuery(app.name);
		edited();
	}

	/** "Did you mean Instagram?": check it at once; focus moves to the new answer as the button goes. */
	function chooseSuggestion(app: Named) {
		setQuery(app.name);
		check(app.name);
	}

	const fieldProps = (field: AgeMode) => ({
		id: `${id}-${field}`,
		'aria-invalid': errorFor(field) ? true : undefined,
		'aria-describedby': describedBy(`${id}-${field}`, errorFor(field)),
		value: ages[field],
		onInput: (event: TargetedEvent<HTMLInputElement | HTMLSelectElement>) => {
			setAges({ ...ages, [field]: event.currentTarget.value });
			edited();
		},
		ref: (element: HTMLInputElement | HTMLSelectElement | null) =>
			void (fields.current[field] = element),
	});

	return (
		<form
			class="age-checker__form"
			// Until the script runs, a press of Check does nothing (a "dialog" form outside a dialog never submits) rather than reload the page.
			method="dialog"
			data-ready={hydrated ? '' : undefined}
			onSubmit={(event) => {
				event.preventDefault();
				check();
			}}
			onFocusCapture={() => void prepare().catch(() => undefined)}
			onPointerDownCapture={() => void prepare().catch(() => undefined)}
			noValidate
		>
			{fixedApp ? (
				<p class="age-checker__fixed-app">
					{fillParts(words.form.checking, { app: <strong>{fixedApp.name}</strong> })}
				</p>
			) : (
				<Combobox
					label={words.form.app.label}
					hint={words.form.app.hint}
					listLabel={fill(words.form.app.suggestions, { label: words.form.app.label })}
					errorLabel={words.form.error}
					value={query}
					error={errorFor('app')}
					options={suggestApps(names, query)}
					onInput={(value) => {
						setQuery(value);
						edited();
					}}
					onChoose={chooseApp}
					inputRef={(element) => void (fields.current.app = element)}
				/>
			)}
			<fieldset class="age-checker__modes">
				<legend>{words.form.modes}</legend>
				{modes.map((value) => (
					<label key={value}>
						<input
							type="radio"
							name={`${id}-mode`}
							value={value}
							checked={mode === value}
							onChange={() => {
								setMode(value);
								edited();
							}}
						/>
						{words.form[value].mode}
					</label>
				))}
			</fieldset>
			{mode === 'years' && (
				<FieldShell
					id={`${id}-years`}
					label={words.form.years.label}
					hint={words.form.years.hint}
					error={errorFor('years')}
					errorLabel={words.form.error}
				>
					<input
						{...fieldProps('years')}
						type="text"
						inputMode="numeric"
						autoComplete="off"
						size={4}
					/>
				</FieldShell>
			)}
			{mode === 'birth' && (
				<FieldShell
					id={`${id}-birth`}
					label={words.form.birth.label}
					hint={words.form.birth.hint}
					error={errorFor('birth')}
					errorLabel={words.form.error}
				>
					<input {...fieldProps('birth')} type="date" max={today} autoComplete="off" />
				</FieldShell>
			)}
			{mode === 'year-group' && (
				<FieldShell
					id={`${id}-year-group`}
					label={words.form['year-group'].label}
					hint={words.form['year-group'].hint}
					error={errorFor('year-group')}
					errorLabel={words.form.error}
				>
					<select {...fieldProps('year-group')}>
						<option value="">{words.form['year-group'].choose}</option>
						{yearGroups.map((year) => (
							<option key={year} value={String(year)}>
								{yearGroupName(year, words)}
							</option>
						))}
					</select>
				</FieldShell>
			)}
			<div class="age-checker__actions">
				<button type="submit" class="widget__primary">
					{words.form.check}
				</button>
				{!fixedApp && (
					<button
						type="button"
						aria-expanded={showAll}
						aria-controls={`${id}-all`}
						onClick={() => {
							if ('field' in age) {
								setVerdict({ kind: 'invalid', errors: [age] });
								fields.current[age.field]?.focus();
							} else
								prepare().then(
									() => setShowAll(!showAll),
									() => undefined
								);
						}}
					>
						{showAll ? words.form.hideAll : words.form.showAll}
					</button>
				)}
			</div>
			<div class="age-checker__result" aria-live="polite" ref={result}>
				{loadFailed && <p class="widget__error">{words.form.loadFailed}</p>}
				{views &&
					allWords &&
					pegiWording &&
					featureLabels &&
					verdict &&
					verdict.kind !== 'invalid' && (
						<views.AgeVerdict
							verdict={verdict}
							pegiWording={pegiWording}
							featureLabels={featureLabels}
							policyQuote={policyQuote}
							policyUrl={policyUrl}
							words={allWords}
							guideUrl={
								verdict.kind === 'unknown-app' || fixedApp ? undefined : guideUrls[verdict.app.id]
							}
							staleSources={staleSources}
							devicesUrl={devicesUrl}
							inEnglish={inEnglish}
							onChoose={chooseSuggestion}
						/>
					)}
				{errors.length > 0 && (
					<p class="widget__error">
						{errors.length === 1
							? words.form.correctOne
							: fill(words.form.correctMany, { count: errors.length })}
					</p>
				)}
			</div>
			<div id={`${id}-all`} aria-live="polite">
				{views && allWords && pegiWording && showAll && !('field' in age) && (
					<views.AppsForAge
						groups={appsForAge(checked, age)}
						age={age}
						words={allWords}
						pegiNames={pegiWording.names}
						guideUrls={guideUrls}
					/>
				)}
			</div>
		</form>
	);
}
