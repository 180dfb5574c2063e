import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/url';

describe('pageUrl', () => {
	it('puts a page under the site’s base path', () => {
		expect(pageUrl('policy/age-limits', '/')).toBe('/policy/age-limits/');
		expect(pageUrl('policy/age-limits', '/policies/social-media')).toBe('/policies/social-media/policy/age-limits/');
		expect(pageUrl('/contacts/', '/policies/')).toBe('/policies/contacts/');
	});

	it('gives the home page as the base itself', () => {
		expect(pageUrl('index', '/x/')).toBe('/x/');
		expect(pageUrl('', '/')).toBe('/');
	});
});
