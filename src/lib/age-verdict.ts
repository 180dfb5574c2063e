import type { App } from '../schemas/apps';
import { yearGroupName, type AppVerdict, type ChildAge, type Standing, type Wait } from './age-check';
import { formatDate } from './dates';

/** The verdict in plain sentences, so that the widget and its tests read the same words. */

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "1, 2 and 3". */
function list(parts: string[]): string {
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "13th". */
function ordinal(n: number): string {
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
	return `${n}${suffix}`;
}

/** "a child of 12", "a child born on 31 March 2014 (12 today)", "pupils in Year 8 (aged 12 to 13 during the school year)". */
export function describeChild(age: ChildAge): string {
	if (age.mode === 'years') return `a child of ${age.years}`;
	if (age.mode === 'birth') return `a child born on ${formatDate(age.birth)} (${age.years} today)`;
	return `pupils in ${yearGroupName(age.yearGroup)} (aged ${age.youngest} to ${age.oldest} during the school year)`;
}

/** "has up to 1 year to go, until their 13th birthday", "turns 13 on 31 March 2027, in 4 months and 7 days". */
export function describeWait(wait: Wait, limit: number): string {
	if (wait.by === 'years') return `has up to ${plural(wait.years, 'year')} to go, until their ${ordinal(limit)} birthday`;
	if (wait.by === 'year-group') {
		const when = wait.during > 13 ? 'after Year 13' : `during ${yearGroupName(wait.during)}, ${wait.years === 1 ? 'next school year' : `in ${wait.years} school years’ time`}`;
		return `will each turn ${limit} on their birthday ${when}`;
	}
	const { years, months, days } = wait;
	const time = years === 0 && months === 0 && days === 1 ? 'tomorrow' : `in ${list([years && plural(years, 'year'), months && plural(months, 'month'), days && plural(days, 'day')].filter((part): part is string => Boolean(part)))}`;
	return `turns ${limit} on ${formatDate(wait.on)}, ${time}`;
}

/** The headline: whether the child meets the platform's own minimum age. */
export function termsHeadline(verdict: AppVerdict): string {
	const { app, age } = verdict;
	const child = describeChild(age);
	switch (verdict.kind) {
		case 'no-minimum':
			return `We could not confirm a minimum age in ${app.name}’s terms, so we cannot say whether ${child} meets one.`;
		case 'meets':
			return `Yes: ${child} meets ${app.name}’s minimum age of ${verdict.minimum}.`;
		case 'spans':
			return `It depends on their birthday: ${app.name}’s minimum age is ${verdict.minimum}. Of ${child}, those who have turned ${verdict.minimum} meet it and the others do not yet.`;
		case 'not-yet':
			return `Not yet: ${app.name}’s minimum age is ${verdict.minimum}. ${capitalise(child)} ${describeWait(verdict.wait, verdict.minimum)}.`;
	}
}

/** What the PEGI rating says about a game for this child. */
export function pegiLine(app: App, age: ChildAge, standing: Standing | undefined): string | undefined {
	if (!app.pegi || !standing) return undefined;
	const rating = `PEGI ${app.pegi.rating}`;
	if (standing.kind === 'meets') return `${app.pegi.title} is rated ${rating}: its content is judged suitable for ${describeChild(age)}.`;
	if (standing.kind === 'spans') return `${app.pegi.title} is rated ${rating}: its content is judged suitable only for those who have turned ${app.pegi.rating}.`;
	return `${app.pegi.title} is rated ${rating}: its content is judged suitable from age ${app.pegi.rating}, older than ${describeChild(age)}.`;
}

/** The site a source is on, as link text: "hwb.gov.wales". */
export function sourceName(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/** Every source behind an app's facts, each once. */
export function sourcesOf(app: App): string[] {
	const all = [app.minimumAge?.source, ...(app.ageHistory ?? []).map((entry) => entry.source), app.pegi?.source, ...app.features.map((feature) => feature.source)];
	return [...new Set(all.filter((source): source is string => Boolean(source)))];
}

/** "Until 11 April 2024 the minimum age was 16." */
export function historyLines(app: App): string[] {
	return (app.ageHistory ?? []).map((entry) => `Until ${formatDate(entry.until)} the minimum age was ${entry.age}.`);
}
