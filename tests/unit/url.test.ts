import { describe, expect, it } from 'vitest';
import { pageUrl, policyUrl } from '../../src/lib/url';

describe('pageUrl', () => {
	it('puts a page under the site’s base path', () => {
		expect(pageUrl('policy/age-limits', '/')).toBe('/policy/age-limits/');
		expect(pageUrl('policy/age-limits', '/policies/social-media')).toBe(
			'/policies/social-media/policy/age-limits/'
		);
		expect(pageUrl('/contacts/', '/policies/')).toBe('/policies/contacts/');
	});

	it('gives the home page as the base itself', () => {
		expect(pageUrl('index', '/x/')).toBe('/x/');
		expect(pageUrl('', '/')).toBe('/');
	});
});

describe('policyUrl', () => {
	it('links to a heading of a policy page under the site’s base path', () => {
		expect(policyUrl({ page: 'policy/age-limits', anchor: 'respecting-age-ratings' }, '/')).toBe(
			'/policy/age-limits/#respecting-age-ratings'
		);
		expect(
			policyUrl({ page: 'policy/extremism', anchor: 'prevent' }, '/policies/social-media')
		).toBe('/policies/social-media/policy/extremism/#prevent');
	});
});
