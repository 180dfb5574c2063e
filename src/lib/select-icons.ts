/**
 * Starlight's language and theme pickers draw two inline SVG icons each (about 1 KB a picker), and each picker is
 * on every page twice (header and phone menu). This swaps those icons, in the picker's rendered HTML, for empty
 * spans that the site's stylesheet draws (src/styles/select-icons.css): the same icons, sent once and cached.
 * Everything else in the picker's HTML (label, select, options, classes, scripts) is left exactly as it was.
 */

/** The icons the stylesheet can draw. */
export type SelectIcon = 'translate' | 'laptop' | 'down-caret';

const svgElement = /<svg\b([^>]*)>[\s\S]*?<\/svg>/g;
const classAttribute = /\bclass="([^"]*)"/;

/**
 * The picker's HTML with its label icon (class `label-icon`) drawn as `labelIcon` and its caret (class `caret`)
 * as `down-caret`. Other SVG elements, and SVG without `aria-hidden="true"`, are left as they are.
 */
export function lightenSelectIcons(html: string, labelIcon: SelectIcon): string {
	return html.replace(svgElement, (whole, attributes: string) => {
		if (!/\baria-hidden="true"/.test(attributes)) return whole;
		const classes = classAttribute.exec(attributes)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
		const icon: SelectIcon | undefined = classes.includes('label-icon')
			? labelIcon
			: classes.includes('caret')
				? 'down-caret'
				: undefined;
		if (!icon) return whole;
		const kept = classes.join(' ');
		return `<span aria-hidden="true" class="${kept} sl-select-icon sl-select-icon--${icon}"></span>`;
	});
}
