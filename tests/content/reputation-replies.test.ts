import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { fillNames } from '../../src/lib/school-names';
import { schoolNames } from '../../src/school';
import { plainText } from '../../src/lib/rich-text';
import { reputationReplySchema } from '../../src/schemas/reputation-reply';
import { school } from '../../src/school';

const file = 'content/data/reputation-replies.yaml';
const text = readFileSync(file, 'utf8');

describe('the example replies to what is said about the school online', () => {
	const replies = fillNames(parseListFile(text, reputationReplySchema, file), schoolNames(school));

	it('answer praise as well as criticism, in public and in private', () => {
		const kinds = new Set(replies.map((reply) => reply.kind));
		for (const kind of ['praise', 'criticism', 'review']) expect(kinds).toContain(kind);
		expect(new Set(replies.map((reply) => reply.where))).toEqual(new Set(['public', 'private']));
	});

	it('take the school’s names from its settings, and name the complaints procedure as a link', () => {
		expect(text).not.toMatch(/\bHeadteacher\b/);
		expect(text).not.toContain(school.office.email);
		for (const reply of replies) expect(`${reply.reply} ${reply.why}`).not.toMatch(/\{\w+\}/);
		const withComplaints = replies.filter((reply) => reply.reply.includes(school.complaintsProcedure.url));
		for (const reply of withComplaints) expect(plainText(reply.reply)).not.toContain(school.complaintsProcedure.url);
	});

	it('never argue or threaten', () => {
		for (const reply of replies) expect(reply.reply).not.toMatch(/legal action|solicitor|defamat|police|liar|untrue/i);
	});

	it('name the file, the entry and the field when one is wrong', () => {
		expect(() => parseListFile(text.replace(/^  where: public$/m, '  where: online'), reputationReplySchema, file)).toThrow(/reputation-replies\.yaml.*\n.*"where": must be "public"/);
	});
});
