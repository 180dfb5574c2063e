import type { ContactDetails } from '~/lib/contact';
import { schoolContactIds } from '~/schemas/school-contacts';
import type { School } from '~/schemas/school';
import { schoolContactsWording } from '~/wording';

/** The school's own contacts: their words from content/data/school-contacts.yaml, their details from the school's settings. */
export function schoolContacts(school: School): ContactDetails[] {
	const { office, localAdvisers } = school;
	const details: Record<(typeof schoolContactIds)[number], Partial<ContactDetails>> = {
		'school-office': { email: office.email, phone: office.phone, url: school.website },
		dsl: { email: office.email, phone: office.phone },
		headteacher: { email: office.email, phone: office.phone },
		'local-advisers': { url: localAdvisers.url },
	};
	return schoolContactIds.map((id) => ({ id, ...schoolContactsWording[id], ...details[id] }));
}
