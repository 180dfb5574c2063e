import type { App } from '../schemas/apps';
import type { AgeStanding, ChildAge } from './age-check';
import { formatDate } from './dates';

/** The verdict in plain sentences, so that the widget and its tests read the same words. */

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "a child of 12", "a child born on 31 March 2014", "pupils in Year 8 (aged 12 to 13)". */
export function describeChild(age: ChildAge): string {
	if (age.mode === 'years') return `a child of ${age.years}`;
	if (age.mode === 'birth') return `a child born on ${formatDate(age.birth)} (${age.years} today)`;
	return `pupils in Year ${age.yearGroup} (aged ${age.youngest} to ${age.oldest} during the school year)`;
}

/** "in 1 year", "in 2 years and 3 months", "on 31 March 2027, in 4 months". */
export function describeWait(standing: Extract<AgeStanding, { kind: 'not-yet' }>, age: ChildAge): string {
	if (age.mode === 'year-group') return `in about ${plural(standing.years, 'year')}`;
	if (!standing.on) return `in ${plural(standing.years, 'year')}`;
	if (standing.days !== undefined) return `on ${formatDate(standing.on)}, ${standing.days === 1 ? 'tomorrow' : `in ${standing.days} days`}`;
	const parts = [standing.years && plural(standing.years, 'year'), standing.months && plural(standing.months, 'month')].filter(Boolean);
	return `on ${formatDate(standing.on)}, in about ${parts.join(' and ')}`;
}

/** The headline: whether the child meets the platform's own minimum age. */
export function termsHeadline(app: App, age: ChildAge, standing: AgeStanding | undefined): string {
	if (!app.minimumAge || !standing) return `${app.name}: we could not confirm a minimum age in its terms.`;
	const limit = app.minimumAge.age;
	const child = describeChild(age);
	if (standing.kind === 'meets') return `Yes: ${child} meets ${app.name}’s minimum age of ${limit}.`;
	if (standing.kind === 'some')
		return `It depends on their birthday: ${app.name}’s minimum age is ${limit}, and only those of ${child} who have turned ${limit} meet it.`;
	return `Not yet: ${app.name}’s minimum age is ${limit}. ${capitalise(child)} will reach it ${describeWait(standing, age)}.`;
}

/** What the PEGI rating says about a game for this child. */
export function pegiLine(app: App, age: ChildAge, standing: AgeStanding | undefined): string | undefined {
	if (!app.pegi || !standing) return undefined;
	const rating = `PEGI ${app.pegi.rating}`;
	if (standing.kind === 'meets') return `${app.pegi.title} is rated ${rating}: its content is judged suitable for ${describeChild(age)}.`;
	if (standing.kind === 'some') return `${app.pegi.title} is rated ${rating}: suitable only for those who have turned ${app.pegi.rating}.`;
	return `${app.pegi.title} is rated ${rating}: its content is judged suitable from age ${app.pegi.rating}, above the age of ${describeChild(age)}.`;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
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
