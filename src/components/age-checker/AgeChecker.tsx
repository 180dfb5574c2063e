import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { App } from '~/lib/app';
import { errorMessage, fill, fillParts, yearGroupName, type VerdictWords } from '~/lib/age-verdict';
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
	type Verdict,
} from '~/lib/age-check';
import { toIso } from '~/lib/dates';
import { useHydrated } from '../shared/use-enhanced';
import Combobox from './Combobox';
import FieldShell, { describedBy } from './FieldShell';
import AgeVerdict from './AgeVerdict';
import AppsForAge from './AppsForAge';

export interface Props {
	apps: App[];
	/** What PEGI's ratings and descriptors mean, from content/data/pegi.yaml. */
	pegiWording: PegiWording;
	/** The names of the apps' features, from content/data/app-features.yaml. */
	featureLabels: FeatureLabels;
	/** The policy's own words on underage use, and the address of that section. */
	policyQuote: string;
	policyUrl: string;
	/** The checker's words (its form, errors and verdicts), from content/data/age-checker.yaml. */
	words: VerdictWords;
	/** The address of each app's guide, by id. */
	guideUrls: Record<string, string>;
	/** Sources read so long ago (at build time) that their facts may be out of date. */
	staleSources: string[];
	/** On an app's own guide: the checker asks only for the age, for this app. */
	fixedApp?: App | undefined;
	/** The device set-up guides (/devices/). */
	devicesUrl?: string | undefined;
}

const modes: AgeMode[] = ['years', 'birth', 'year-group'];

function todayIso(): string {
	const now = new Date();
	return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** "Can my child use this?": pick an app, give the child's age, read the verdict. */
export default function AgeChecker({
	apps,
	pegiWording,
	featureLabels,
	policyQuote,
	policyUrl,
	words,
	guideUrls,
	staleSources,
	fixedApp,
	devicesUrl,
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
	const today = useMemo(todayIso, []);
	const checked = fixedApp ? [fixedApp] : apps;

	const errors = verdict?.kind === 'invalid' ? verdict.errors : [];
	const errorFor = (field: Field) => {
		const error = errors.find((error) => error.field === field);
		return error && errorMessage(error, words);
	};
	const age = readAge(mode, ages[mode], today);

	function check(app = query) {
		const result = checkAge(checked, { app, mode, age: ages[mode], today });
		setVerdict(result);
		setShowAll(false);
		if (result.kind === 'invalid') fields.current[result.errors[0]!.field]?.focus();
	}

	/** An answer stays only while it matches what is in the form; error messages stay until the next check. */
	function edited() {
		if (verdict?.kind !== 'invalid') setVerdict(undefined);
	}

	function chooseApp(app: App) {
		setQuery(app.name);
		edited();
	}

	/** "Did you mean Instagram?": check it at once, and keep focus in the form as the button goes. */
	function chooseSuggestion(app: App) {
		setQuery(app.name);
		check(app.name);
		fields.current.app?.focus();
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
					options={suggestApps(apps, query)}
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
							} else setShowAll(!showAll);
						}}
					>
						{showAll ? words.form.hideAll : words.form.showAll}
					</button>
				)}
			</div>
			<div class="age-checker__result" aria-live="polite">
				{verdict && verdict.kind !== 'invalid' && (
					<AgeVerdict
						verdict={verdict}
						pegiWording={pegiWording}
						featureLabels={featureLabels}
						policyQuote={policyQuote}
						policyUrl={policyUrl}
						words={words}
						guideUrl={
							verdict.kind === 'unknown-app' || fixedApp ? undefined : guideUrls[verdict.app.id]
						}
						staleSources={staleSources}
						devicesUrl={devicesUrl}
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
				{showAll && !('field' in age) && (
					<AppsForAge
						groups={appsForAge(apps, age)}
						age={age}
						words={words}
						pegiNames={pegiWording.names}
						guideUrls={guideUrls}
					/>
				)}
			</div>
		</form>
	);
}
