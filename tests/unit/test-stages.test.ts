import { describe, expect, it } from 'vitest';
import { testedAs } from '../../scripts/lib/stages.ts';
import { recordedSettings } from '../../scripts/lib/build-record.ts';

describe('the site npm test builds and tests', () => {
	it('has no public address and is at the root, whatever the settings’ siteUrl, unless SITE_URL or BASE_PATH is set', () => {
		expect(testedAs({})).toEqual({ SITE_URL: '', BASE_PATH: '/' });
		expect(testedAs({ SITE_URL: 'https://www.school.example', BASE_PATH: '/policy/' })).toEqual({
			SITE_URL: 'https://www.school.example',
			BASE_PATH: '/policy/',
		});
	});

	it('is recorded as a build with no settings, so that the browser tests read its record instead of building again', () => {
		expect(recordedSettings(testedAs({}))).toEqual({});
		expect(recordedSettings({ BASE_PATH: '/social-media/' })).toEqual({
			BASE_PATH: '/social-media/',
		});
	});
});
