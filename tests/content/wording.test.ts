import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { parseObjectFile } from '../../src/lib/data-file';
import { fillNames, placeholders } from '../../src/lib/school-names';
import { schoolNames } from '../../src/school';
import { decisionHelpers } from '../../src/lib/decision-helpers';
import { helperWordings } from '../../src/decision-helpers';
import { postingRulesSchema } from '../../src/schemas/posting-rules';
import { decisionHelperSchema } from '../../src/schemas/decision-helper';
import { pegiSchema } from '../../src/schemas/pegi';
import { appFeaturesSchema } from '../../src/schemas/app-features';
import { ageCheckerSchema } from '../../src/schemas/age-checker';
import { schoolSchema } from '../../src/schemas/school';
import { schoolContactsSchema } from '../../src/schemas/school-contacts';
import * as wording from '../../src/wording';

const files: [string, z.ZodType][] = [
	['content/data/posting-rules.yaml', postingRulesSchema],
	...decisionHelpers.map(({ wording, helper }): [string, z.ZodType] => [wording, decisionHelperSchema(helper)]),
	['content/data/pegi.yaml', pegiSchema],
	['content/data/app-features.yaml', appFeaturesSchema],
	['content/data/school-contacts.yaml', schoolContactsSchema],
	['content/data/age-checker.yaml', ageCheckerSchema],
];
const schemaOf = new Map(files);

/** Parses a copy of a real file after `change` has edited it, as the build would. */
function check(file: string, change: (data: Record<string, any>) => void) {
	const data = parse(readFileSync(file, 'utf8'));
	change(data);
	return () => parseObjectFile(stringify(data), schemaOf.get(file)!, file);
}

describe('the tools’ wording in content/data/', () => {
	it.each(files)('%s is valid', (file, schema) => {
		expect(() => parseObjectFile(readFileSync(file, 'utf8'), schema, file)).not.toThrow();
	});

	it('is filled in with the school’s names, leaving no {placeholder}', () => {
		// The age checker's words are templates whose {app}, {minimum} … the checker fills for each answer.
		const { ageCheckerWording, ...filled } = wording;
		const text = JSON.stringify([...Object.values(filled), ...Object.values(helperWordings)]);
		for (const name of placeholders) expect(JSON.stringify(ageCheckerWording)).not.toContain(`{${name}}`);
		expect(text).not.toMatch(/\{\w+\}/);
		expect(wording.postingRulesWording.rules.violent.instead.staff).toBe('Don’t share it. Report it to the DSL; the school requests that the post be deleted.');
	});

	it('takes role names from the settings, so another school’s are used', () => {
		const other = parseObjectFile(readFileSync('tests/fixtures/other-school.yaml', 'utf8'), schoolSchema, 'other-school.yaml');
		const rules = fillNames(parseObjectFile(readFileSync('content/data/posting-rules.yaml', 'utf8'), postingRulesSchema, 'posting-rules.yaml'), schoolNames(other));
		expect(rules.rules.complaintAboutSchool.instead.staff).toBe('Raise it with your line manager or the Principal, not online.');
	});

	it('names the school’s own contacts with the settings’ role titles', () => {
		const other = parseObjectFile(readFileSync('tests/fixtures/other-school.yaml', 'utf8'), schoolSchema, 'other-school.yaml');
		const contacts = fillNames(parseObjectFile(readFileSync('content/data/school-contacts.yaml', 'utf8'), schoolContactsSchema, 'school-contacts.yaml'), schoolNames(other));
		expect(contacts.headteacher.name).toBe(other.roles.headteacher.long);
		expect(contacts.headteacher.when).toContain(`Reach the ${other.roles.headteacher.short} through the school office.`);
		expect(contacts['school-office'].name).toBe(`${other.shortName} school office`);
	});
});

describe('the posting rules’ wording', () => {
	const file = 'content/data/posting-rules.yaml';

	it('must word every rule, naming the file and the field that is missing', () => {
		expect(check(file, (data) => delete data['rules'].violent.reason)).toThrow(/^content\/data\/posting-rules\.yaml has 1 problem\(s\):\n- "rules\.violent\.reason": is missing$/);
		expect(check(file, (data) => delete data['rules'].violent)).toThrow(/- "rules\.violent": is missing/);
		expect(check(file, (data) => delete data['rules'].unkind.instead.parents)).toThrow(/- "rules\.unkind\.instead\.parents": is missing/);
		expect(check(file, (data) => delete data['verdicts']['tell-adult'])).toThrow(/- "verdicts\.tell-adult": is missing/);
	});

	it('rejects a rule or field it does not know, such as a misspelling, naming it', () => {
		expect(check(file, (data) => (data['rules'].violnt = data['rules'].violent))).toThrow(/- "rules": has "violnt", which is not one of: illegalOrHateful, .* \(is it misspelt\?\)/);
		expect(check(file, (data) => (data['rules'].violent.reasons = 'x'))).toThrow(/- "rules\.violent": has "reasons"/);
		expect(check(file, (data) => (data['rules'].violent.question.teachers = 'x'))).toThrow(/- "rules\.violent\.question": has "teachers", which is not one of: parents, pupils, staff/);
	});

	it('rejects empty text', () => {
		expect(check(file, (data) => (data['rules'].violent.reason.staff = ' '))).toThrow(/- "rules\.violent\.reason\.staff": must not be empty/);
		expect(check(file, (data) => (data['before'].questions.othersAgreed.staff = ''))).toThrow(/- "before\.questions\.othersAgreed\.staff": must not be empty/);
	});

	it('rejects a name that is not one of the school’s settings', () => {
		expect(check(file, (data) => (data['rules'].violent.instead.staff = 'Tell the {dls}.'))).toThrow(
			/- "rules\.violent\.instead\.staff": uses \{dls\}, which is not one of the school’s settings; use one of \{shortName\}, .*\{dsl\}/,
		);
	});
});

describe('a decision helper’s wording', () => {
	const file = 'content/data/worried-about-a-post.yaml';

	it('must word every question, answer and step, naming the file and the field that is missing', () => {
		expect(check(file, (data) => delete data['questions'].kind.options.violent)).toThrow(/^content\/data\/worried-about-a-post\.yaml has 1 problem\(s\):\n- "questions\.kind\.options\.violent": is missing$/);
		expect(check(file, (data) => delete data['questions'].poster.legend)).toThrow(/- "questions\.poster\.legend": is missing/);
		expect(check(file, (data) => delete data['steps']['staff-police'])).toThrow(/- "steps\.staff-police": is missing/);
		expect(check(file, (data) => delete data['steps']['staff-police'].policy.anchor)).toThrow(/- "steps\.staff-police\.policy\.anchor": is missing/);
		expect(check(file, (data) => delete data['groups'].pupil)).toThrow(/- "groups\.pupil": is missing/);
	});

	it('lets a step leave out a quote, but not both its policy section and its guidance', () => {
		expect(check(file, (data) => delete data['steps']['staff-police'].quote)).not.toThrow();
		expect(check(file, (data) => delete data['steps']['staff-police'].policy)).toThrow(/- "steps\.staff-police": needs a policy section \(policy\) or official guidance \(guidance\)/);
		expect(check(file, (data) => (data['sources']['act'].url = 'gov.uk/ACT'))).toThrow(/- "sources\.act\.url": must be a full web address/);
	});

	it('rejects a step, answer or field it does not know, naming it', () => {
		expect(check(file, (data) => (data['steps']['staff-tell-dls'] = data['steps']['staff-tell-dsl']))).toThrow(/- "steps": has "staff-tell-dls", which is not one of: staff-image-do-not-look, staff-image-talk, staff-tell-dsl, /);
		expect(check(file, (data) => (data['questions'].kind.options.funny = 'Funny'))).toThrow(/- "questions\.kind\.options": has "funny"/);
		expect(check(file, (data) => (data['steps']['staff-police'].urgent = true))).toThrow(/- "steps\.staff-police": has "urgent"/);
	});

	it('rejects empty text and a name that is not one of the school’s settings', () => {
		expect(check(file, (data) => (data['steps']['staff-police'].title = ''))).toThrow(/- "steps\.staff-police\.title": must not be empty/);
		expect(check(file, (data) => (data['steps']['staff-police'].text = 'Tell the {safeguardingLead}.'))).toThrow(/- "steps\.staff-police\.text": uses \{safeguardingLead\}/);
	});
});

describe('the PEGI wording', () => {
	const file = 'content/data/pegi.yaml';

	it('must word every rating and descriptor, naming the one that is missing', () => {
		expect(check(file, (data) => delete data['ratings'][18])).toThrow(/^content\/data\/pegi\.yaml has 1 problem\(s\):\n- "ratings\.18": is missing$/);
		expect(check(file, (data) => delete data['descriptors'].fear)).toThrow(/- "descriptors\.fear": is missing/);
	});

	it('rejects a rating or descriptor PEGI does not have, and empty text', () => {
		expect(check(file, (data) => (data['ratings'][13] = 'x'))).toThrow(/- "ratings": has "13", which is not one of: 3, 7, 12, 16, 18/);
		expect(check(file, (data) => (data['descriptors'].horror = 'horror'))).toThrow(/- "descriptors": has "horror"/);
		expect(check(file, (data) => (data['descriptors'].fear = ''))).toThrow(/- "descriptors\.fear": must not be empty/);
	});
});

describe('the names of apps’ features', () => {
	const file = 'content/data/app-features.yaml';

	it('must name every kind of feature, naming the one that is missing', () => {
		expect(check(file, (data) => delete data['voice-chat'])).toThrow(/^content\/data\/app-features\.yaml has 1 problem\(s\):\n- "voice-chat": is missing$/);
	});

	it('rejects a kind that apps.yaml does not have, and an empty name', () => {
		expect(check(file, (data) => (data['video-chat'] = 'Video chat'))).toThrow(/has "video-chat", which is not one of: chat-with-strangers/);
		expect(check(file, (data) => (data['live-streaming'] = ''))).toThrow(/- "live-streaming": must not be empty/);
	});
});

describe('the age checker’s wording', () => {
	const file = 'content/data/age-checker.yaml';

	it('must word the form, every error, the table and the no-script note, naming the file and the field that is missing', () => {
		expect(check(file, (data) => delete data['errors']['birth-future'])).toThrow(/^content\/data\/age-checker\.yaml has 1 problem\(s\):\n- "errors\.birth-future": is missing$/);
		expect(check(file, (data) => delete data['form'].years.label)).toThrow(/- "form\.years\.label": is missing/);
		expect(check(file, (data) => delete data['units'].and)).toThrow(/- "units\.and": is missing/);
		expect(check(file, (data) => delete data['table'].columns.pegi)).toThrow(/- "table\.columns\.pegi": is missing/);
		expect(check(file, (data) => delete data['noScript'])).toThrow(/- "noScript": is missing/);
	});

	it('rejects an error or field it does not know, such as a misspelling, naming it', () => {
		expect(check(file, (data) => (data['errors']['age-missing'] = 'x'))).toThrow(/- "errors": has "age-missing", which is not one of: app-missing, .* \(is it misspelt\?\)/);
		expect(check(file, (data) => (data['form'].birth.choose = 'x'))).toThrow(/- "form\.birth": has "choose", which is not one of: mode, label, hint/);
	});
});
