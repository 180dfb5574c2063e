import { launchBrowser } from './lib/chromium.ts';
const browser = await launchBrowser();
const base = 'http://localhost:4415';
const cases: [string, string, number][] = [['Roblox', '11', 390], ['Call of Duty', '14', 390], ['Xbox', '9', 390], ['Roblox', '11', 1280]];
for (const [app, age, width] of cases) {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  await page.goto(base + '/tools/age-checker/');
  await page.locator('.age-checker').scrollIntoViewIfNeeded();
  await page.locator('.age-checker__form[data-ready]').waitFor();
  const input = page.getByRole('combobox', { name: 'App, site or game' });
  await input.focus();
  await page.keyboard.type(app);
  await page.keyboard.press('Escape');
  await page.getByLabel('Child’s age').fill(age);
  await page.keyboard.press('Enter');
  await page.locator('[data-answer]').waitFor();
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-answer'));
  const name = `${app.replace(/\s/g, '')}-${age}-${width}`;
  await page.screenshot({ path: `/tmp/apps4-shots/${name}.png` });
  const text = await page.locator('[data-answer]').innerText();
  console.log('==', name, '\n', text.slice(0, 1500));
  await page.close();
}
for (const id of ['snapchat', 'xbox', 'roblox']) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${base}/apps/${id}/#settings`);
  await page.locator('#settings').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/apps4-shots/guide-${id}.png` });
  console.log('== guide', id, '\n', (await page.locator('main').innerText()).split('\n').filter(l => l.trim()).slice(0, 0).join('\n'));
  await page.close();
}
await browser.close();
