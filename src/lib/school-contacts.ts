import type { SchoolSettings } from './school-names';
import type { Audience } from './audiences';

/** A contact as the contacts page shows it, whether it comes from the school's settings or the contacts data. */
export interface ContactDetails {
	id: string;
	name: string;
	audiences: Audience[];
	for: string;
	when: string;
	email?: string | undefined;
	phone?: string | undefined;
	hours?: string | undefined;
	url?: string | undefined;
	source?: string | undefined;
	checked?: string | undefined;
}

/** The school's own contacts, from its settings: the office, the DSL, the Headteacher and the local advisers. */
export function schoolContacts(school: SchoolSettings): ContactDetails[] {
	const { office, roles, localAdvisers } = school;
	return [
		{
			id: 'school-office',
			name: `${school.shortName} school office`,
			audiences: ['parents', 'staff'],
			for: 'Parents and carers, with any question or concern about the school.',
			when: 'First, for any concern: contact us directly and in private. Email is the school’s official channel.',
			email: office.email,
			phone: office.phone,
			url: school.website,
		},
		{
			id: 'dsl',
			name: `${roles.dsl.long} (${roles.dsl.short})`,
			audiences: ['staff', 'parents', 'pupils'],
			for: 'Anyone worried that a child may be at risk, including from something online. Staff speak to the DSL first.',
			when: 'Straight away if a child may be at risk, or a pupil tries to connect with a member of staff online. Reach the DSL through the school office.',
			email: office.email,
			phone: office.phone,
		},
		{
			id: 'headteacher',
			name: roles.headteacher.long,
			audiences: ['staff', 'parents'],
			for: 'Approving exceptions to the rules on contact between pupils and staff, and concerns about a member of staff’s conduct online.',
			when: 'To declare a family link with a pupil or member of staff, or to report an attempt by a member of staff to connect with a pupil. Reach the Headteacher through the school office.',
			email: office.email,
			phone: office.phone,
		},
		{
			id: 'local-advisers',
			name: localAdvisers.name,
			audiences: ['staff'],
			for: `The ${roles.dsl.short}, who may call on their expertise.`,
			when: `Staff do not contact them directly: speak to the ${roles.dsl.short} first.`,
			url: localAdvisers.url,
		},
	];
}
