/**
 * The files of Starlight's own JavaScript (search, table of contents, theme), which every page may load, and the
 * read-aloud control's loader (src/components/read-aloud/ReadAloud.astro: under 1 KB, it shows the "Listen" button
 * where the device has a voice and loads the reading code, read-aloud.*.js, only when it is pressed): anything else a
 * page loads is a widget's.
 */
export const starlightScripts =
	/^\/_astro\/(page|Search\.astro|ReadAloud\.astro|TableOfContents\.astro|MobileTableOfContents\.astro|starlight-toc|preload-helper|ui-core)[._]/;
