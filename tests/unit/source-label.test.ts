import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sourceLabel } from '../../src/lib/source-label';

describe('a source’s name in a guide’s list of sources', () => {
	it('tells apart pages on one site by the last words of their addresses, made readable', () => {
		expect(
			sourceLabel('https://support.tiktok.com/en/safety-hc/account-and-user-safety/user-safety')
		).toBe('support.tiktok.com › User safety');
		expect(
			sourceLabel('https://support.tiktok.com/en/safety-hc/report-a-problem/report-a-video')
		).toBe('support.tiktok.com › Report a video');
		expect(sourceLabel('https://www.xbox.com/en-US/family-hub')).toBe('xbox.com › Family hub');
	});

	it('passes over languages, countries, page numbers, file endings and filler to the part with words', () => {
		expect(
			sourceLabel(
				'https://familycenter.meta.com/za/resources/instagram-pg13-content-settings-for-teens/'
			)
		).toBe('familycenter.meta.com › Instagram pg13 content settings for teens');
		expect(sourceLabel('https://nintendo.com/sg/support/switch/friends/index.html')).toBe(
			'nintendo.com › Friends'
		);
		expect(sourceLabel('https://bit-tech.net/news/gaming/pc/steam-subscriber-agreement/1')).toBe(
			'bit-tech.net › Steam subscriber agreement'
		);
		expect(sourceLabel('https://pegi.info/cs/search-pegi?q=&age%5B0%5D=7&page=2')).toBe(
			'pegi.info › Search pegi'
		);
	});

	it('drops a help centre’s article numbers and identifiers around the words', () => {
		expect(
			sourceLabel(
				'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game'
			)
		).toBe('en.help.roblox.com › Reporting Abuse and Blocking Chat In Game');
		expect(
			sourceLabel(
				'https://www.epicgames.com/help/en-US/c-Category_EpicGamesStore/c-EpicAccounts/how-do-i-complete-the-parental-consent-process-a000085549'
			)
		).toBe('epicgames.com › How do i complete the parental consent process');
		expect(
			sourceLabel(
				'https://support.microsoft.com/en-us/account-billing/parental-consent-for-children-s-accounts-393ac0f6-c60d-4903-8e03-6f3450128f8f'
			)
		).toBe('support.microsoft.com › Parental consent for children s accounts');
	});

	it('names a page whose address has only a number by its site and path, which still tells it apart', () => {
		expect(sourceLabel('https://faq.whatsapp.com/1142481766359885')).toBe(
			'faq.whatsapp.com/1142481766359885'
		);
		expect(sourceLabel('https://support.google.com/youtube/answer/10314074?hl=en')).toBe(
			'support.google.com/youtube/answer/10314074'
		);
	});

	it('gives a site’s home page, or a page named only by its query, as the site', () => {
		expect(sourceLabel('https://childnet.com/?p=9865')).toBe('childnet.com');
		expect(sourceLabel('https://www.example.org/')).toBe('example.org');
	});

	it('shortens a long address’s words, and reads words in any script', () => {
		expect(
			sourceLabel(
				'https://example.org/news/one-two-three-four-five-six-seven-eight-nine-ten-eleven'
			)
		).toBe('example.org › One two three four five six seven eight nine ten…');
		expect(
			sourceLabel('https://help.snapchat.com/hc/da/articles/7121384944788-Hvad-er-Familiecenter')
		).toBe('help.snapchat.com › Hvad er Familiecenter');
		expect(sourceLabel('https://example.org/%C5%BC%C3%B3%C5%82w')).toBe('example.org › Żółw');
	});

	it('gives back text that is not an address unchanged, and always starts with the site', () => {
		expect(sourceLabel('not an address')).toBe('not an address');
		fc.assert(
			fc.property(fc.webUrl(), (url) => {
				expect(sourceLabel(url).startsWith(new URL(url).hostname.replace(/^www\./, ''))).toBe(true);
			}),
			{ numRuns: 50 }
		);
	});
});
