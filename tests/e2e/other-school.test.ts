import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build';

const out = join(mkdtempSync(join(tmpdir(), 'other-school-')), 'dist');
let text = '';

beforeAll(async () => {
	await buildSite(out, { SCHOOL_SETTINGS: 'tests/fixtures/other-school.yaml' });
	text = readdirSync(out, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|js|css|json|xml|txt)$|_headers$/.test(file))
		.map((file) => readFileSync(join(out, file), 'utf8'))
		.join('\n');
}, 180_000);

describe('the site built with another school’s settings', () => {
	it('names that school and gives its contacts', () => {
		expect(text).toContain('Oakfield Primary Academy works on the principle');
		expect(text).toContain('enquiries@oakfield.example');
		expect(text).toContain('0161 496 0999');
		expect(text).toContain('Riverside Safeguarding Team');
		expect(text).toContain('Seesaw');
		expect(text).toContain('Do your best and be kind');
	});

	it('puts that school’s name and logo in the header of every page', () => {
		const home = readFileSync(join(out, 'index.html'), 'utf8');
		expect(home).toMatch(/class="site-title[^"]*"[^>]*>\s*<img src="\/favicon\.svg" alt="" width="32" height="32"[^>]*>\s*<span[^>]*>Oakfield Primary Academy<\/span>/);
		expect(home).toContain('<title>Social media and online reputation | Oakfield Primary Academy</title>');
	});

	it.each(['St Margaret', 'St Margaret’s', 'st-margarets', 'Sandwell', 'Thessalonians', 'Encourage one another', 'Google Classroom or Microsoft Teams'])(
		'has no trace of “%s”',
		(word) => {
			expect(text.toLowerCase()).not.toContain(word.toLowerCase());
		},
	);
});
