import type { Audience } from './audience';

/** A contact as the contacts page shows it, whether it is the school's own or a service outside it. */
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
