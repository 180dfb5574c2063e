import { readFileSync } from 'node:fs';
import { parseListFile } from '../../src/lib/data-file';
import { contactSchema } from '../../src/schemas/contact';

/** A helpline from content/data/contacts.yaml, as the page passes it to a widget: its name and number. */
export function helpline(id: string): { name: string; phone: string } {
	const path = 'content/data/contacts.yaml';
	const contacts = parseListFile(readFileSync(path, 'utf8'), contactSchema, path);
	const contact = contacts.find((entry) => entry.id === id);
	if (!contact?.phone) throw new Error(`${path} has no phone number for "${id}"`);
	return { name: contact.name, phone: contact.phone };
}
