import { z } from 'astro/zod';
import { placeholders } from '../lib/school-names';
import { audiences } from './audience';
import { whenWrong } from './messages';

/** A line of text, not empty. */
export const text = z
	.string({ error: whenWrong('must be a line of text') })
	.trim()
	.min(1, 'must not be empty');

const known = placeholders.map((name) => `{${name}}`).join(', ');

/** Text that may use the school's names from content/school.yaml, written {dsl}, {officeEmail} and so on. */
export const wording = text.superRefine((value, context) => {
	for (const [written, name] of value.matchAll(/\{([^}]*)\}/g)) {
		if (!(placeholders as readonly string[]).includes(name!)) {
			context.addIssue({
				code: 'custom',
				message: `uses ${written}, which is not one of the school’s settings; use one of ${known}`,
			});
		}
	}
});

/** An object with exactly these fields: says which is missing, and names any key it does not know (a misspelling, say). */
export function fields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
	const expected = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys')
				return `has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which is not one of: ${expected} (is it misspelt?)`;
			if (issue.input === undefined) return 'is missing';
			return `must be a list of "name: value" lines: ${expected}`;
		},
	});
}

/** An object with exactly these keys, each holding `value`. */
export function keyed<Key extends string, Value extends z.ZodType>(
	keys: readonly Key[],
	value: (key: Key) => Value
) {
	return fields(Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<Key, Value>);
}

/** A section of the policy: the page, the heading's anchor, and the words of the link. */
export const policyLink = fields({ page: text, anchor: text, label: wording });

/** The same thing worded for pupils, parents and staff. */
export const forEachAudience = keyed(audiences, () => wording);
