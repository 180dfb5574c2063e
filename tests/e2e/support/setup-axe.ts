import AxeBuilder from '@axe-core/playwright';

/**
 * A setup file of the e2e project (vitest.config.ts). `@axe-core/playwright`'s AxeBuilder, in its default mode,
 * opens a new tab for every `analyze()` to finish the run there, which is most of what a check costs on this site's
 * pages. Its legacy mode (`setLegacyMode()`, documented by axe-core) runs `axe.run` in the page itself, with the
 * same rules and options; what it gives up is checking inside frames from another origin, and the site has none
 * (it loads nothing from other sites: every-page.test.ts). So every AxeBuilder in the browser tests runs so.
 * tests/e2e/support/axe.ts goes further for the files that check many pages (axe-core injected once a page).
 */
const patched = Symbol.for('st-margarets.axe-legacy-mode');
const prototype = AxeBuilder.prototype as AxeBuilder & { [patched]?: true };
if (!prototype[patched]) {
	const analyze = prototype.analyze;
	prototype.analyze = function (this: AxeBuilder) {
		return analyze.call(this.setLegacyMode(true));
	};
	prototype[patched] = true;
}
