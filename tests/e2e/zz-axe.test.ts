import { it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { useBuiltSite } from './support/site';
const site = useBuiltSite();
it('axe', { timeout: 300_000 }, async () => {
  for (const path of ['/', '/policy/age-limits/', '/tools/age-checker/', '/tools/should-i-post-this/', '/tools/before-you-post/', '/tools/quiz-worksheet/', '/for-parents/']) {
    for (const theme of ['light', 'dark']) {
      const { page, close } = await site.visit(path);
      await page.evaluate((t) => { localStorage.setItem('starlight-theme', t); document.documentElement.dataset.theme = t; }, theme);
      await page.locator('.age-checker, .quiz').first().scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForTimeout(300);
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of r.violations) console.log(path, theme, v.id, v.nodes.length, v.nodes[0]?.target.join(' '), v.nodes[0]?.failureSummary?.slice(0, 200));
      await close();
    }
  }
});
