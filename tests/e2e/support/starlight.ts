/**
 * The files of Starlight's own JavaScript (search, table of contents, theme), which every page may load: anything
 * else a page loads is a widget's.
 */
export const starlightScripts =
	/^\/_astro\/(page|Search\.astro|TableOfContents\.astro|MobileTableOfContents\.astro|starlight-toc|preload-helper|ui-core)[._]/;
