import { describe, expect, it } from 'vitest';
import { guideAnchors, guidePath, guideSections } from '../../src/lib/app-guide';
import { ageCheckerWording } from '../../src/wording';

describe('an app guide’s address and sections', () => {
	it('gives the address of a guide and of its reporting section, under the base path', () => {
		expect(guidePath('tiktok')).toBe('/apps/tiktok/');
		expect(guidePath('tiktok', 'report')).toBe('/apps/tiktok/#report');
		expect(guidePath('tiktok', 'settings', '/policy')).toBe('/policy/apps/tiktok/#settings');
	});

	it('keeps its anchors stable, in order, each titled from content/data/age-checker.yaml', () => {
		expect(guideAnchors).toEqual([
			'check',
			'age',
			'pegi',
			'stores',
			'features',
			'settings',
			'report',
			'sources',
		]);
		const sections = guideSections(ageCheckerWording.guide.sections);
		expect(sections.map(({ id }) => id)).toEqual([...guideAnchors]);
		for (const { title } of sections) expect(title.length).toBeGreaterThan(0);
	});
});
