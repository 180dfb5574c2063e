import { launchBrowser } from './scripts/lib/chromium.ts';
const browser = await launchBrowser();
const base = 'http://localhost:4437';
async function shot(path: string, width: number, name: string, act?: (page: any) => Promise<void>) {
	const page = await browser.newPage({ viewport: { width, height: 844 } });
	await page.goto(base + path);
	await page.waitForSelector('.age-checker__form[data-ready]', { timeout: 10000 }).catch(() => {});
	if (act) await act(page);
	await page.screenshot({ path: `/tmp/${name}.png` });
	await page.close();
}
await shot('/tools/age-checker/', 390, 'ac-390');
await shot('/tools/age-checker/', 390, 'ac-390-roblox', async (page) => {
	await page.getByRole('combobox').fill('roblox');
	await page.getByLabel('Child’s age').fill('11');
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await page.waitForSelector('[data-answer]');
	await page.waitForTimeout(800);
	console.log('focused:', await page.evaluate(() => document.activeElement?.className));
});
await shot('/tools/age-checker/', 390, 'ac-390-snap', async (page) => {
	await page.getByRole('combobox').pressSequentially('snap chat');
	await page.waitForTimeout(300);
});
await shot('/tools/age-checker/', 390, 'ac-390-table', async (page) => {
	await page.locator('#every-app').scrollIntoViewIfNeeded();
});
await browser.close();
