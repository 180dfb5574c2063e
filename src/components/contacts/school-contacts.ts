import type { ContactDetails } from '~/lib/contact';
import { schoolContactIds } from '~/schemas/school-contacts';
import type { School } from '~/schemas/school';
import { schoolContactsWording } from '~/wording';

/**
 * The school's own contacts: their words from content/data/school-contacts.yaml, their details (names, direct lines,
 * hours) from the school's settings, so that the contacts page always shows the people the settings name.
 * Each deputy DSL gets a card of their own ("deputy-dsl" for the first, then "deputy-dsl-2" …).
 */
export function schoolContacts(school: School): ContactDetails[] {
	const { office, localAdvisers, safeguarding } = school;
	const { dsl, deputies, onlineSafetyLead, outOfHours, childrensServices, lado } = safeguarding;
	const details: Record<(typeof schoolContactIds)[number], Partial<ContactDetails>> = {
		'school-office': {
			email: office.email,
			phone: office.phone,
			url: school.website,
			hours: office.hours,
		},
		dsl: { email: dsl.email, phone: dsl.phone, hours: dsl.hours },
		'deputy-dsl': {},
		'out-of-hours': { phone: outOfHours.phone },
		headteacher: { email: office.email, phone: office.phone },
		'online-safety-lead': { email: onlineSafetyLead.email, phone: onlineSafetyLead.phone },
		'childrens-services': { phone: childrensServices.phone, url: childrensServices.url },
		lado: { phone: lado.phone, email: lado.email, url: lado.url },
		'local-advisers': { url: localAdvisers.url },
	};
	return schoolContactIds.flatMap((id): ContactDetails[] => {
		const words = schoolContactsWording[id];
		if (id !== 'deputy-dsl') return [{ id, ...words, ...details[id] }];
		return deputies.map((deputy, index) => ({
			id: index === 0 ? id : `${id}-${index + 1}`,
			...words,
			name: `${deputy.name}, ${words.name}`,
			email: deputy.email,
			phone: deputy.phone,
			hours: deputy.hours,
		}));
	});
}
