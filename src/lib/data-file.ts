import { parse } from 'yaml';
import type { z } from 'astro/zod';

/** A data file under `content/` that does not match its schema. The message names the file, the entry and the field. */
export class DataFileError extends Error {
	override name = 'DataFileError';
}

type Issue = { path: PropertyKey[]; message: string };

function fieldName(path: PropertyKey[]): string {
	return path
		.map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
		.join('.')
		.replace(/\.\[/g, '[');
}

/** One line per problem, in words an editor can act on. */
export function describeIssues(
	issues: readonly Issue[],
	label: (path: PropertyKey[]) => string
): string {
	return issues
		.map((issue) => {
			const field = fieldName(issue.path);
			return field
				? `- ${label(issue.path)}"${field}": ${issue.message}`
				: `- ${label(issue.path)}${issue.message}`;
		})
		.join('\n');
}

function parseYaml(text: string, file: string): unknown {
	try {
		return parse(text);
	} catch (error) {
		throw new DataFileError(`${file} is not valid YAML: ${(error as Error).message}`);
	}
}

/** Parses and validates a single-object YAML file, such as the school's settings. */
export function parseObjectFile<T extends z.ZodType>(
	text: string,
	schema: T,
	file: string
): z.output<T> {
	const result = schema.safeParse(parseYaml(text, file));
	if (result.success) return result.data;
	const problems = describeIssues(result.error.issues, () => '');
	throw new DataFileError(`${file} has ${result.error.issues.length} problem(s):\n${problems}`);
}

/**
 * Parses and validates a YAML list of entries, each with an `id`.
 * Every problem names the entry (by its id, or its position when it has none) and the field.
 */
export function parseListFile<T extends z.ZodType>(
	text: string,
	schema: T,
	file: string
): z.output<T>[] {
	const data = parseYaml(text, file);
	if (!Array.isArray(data))
		throw new DataFileError(`${file} must be a list of entries (each line starting "- id: ...").`);
	const messages: string[] = [];
	const seen = new Map<string, number>();
	const entries = data.map((raw, index) => {
		const id = typeof raw?.id === 'string' ? raw.id : undefined;
		const who = id ? `entry "${id}"` : `entry ${index + 1}`;
		if (id && seen.has(id))
			messages.push(
				`- ${who}: the id "${id}" is used twice (entries ${seen.get(id)! + 1} and ${index + 1}); every id must be unique.`
			);
		if (id) seen.set(id, index);
		const result = schema.safeParse(raw);
		if (!result.success) messages.push(describeIssues(result.error.issues, () => `${who}: `));
		return result.success ? result.data : undefined;
	});
	if (messages.length > 0) throw new DataFileError(`${file} has problems:\n${messages.join('\n')}`);
	return entries as z.output<T>[];
}
