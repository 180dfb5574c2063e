/**
 * The school's own colour as Starlight's accent colour, in both themes: one colour ("#1d4ed8") gives the six
 * `--sl-color-accent*` variables, with the contrast WCAG 2.2 AA asks of text (4.5:1) checked where each is used.
 * In the light theme, links and the current page's highlight are the accent itself on white (and white on it);
 * in the dark theme, links are accent-high on the page's near-black, and the highlight is accent-low on accent-high.
 * Pure.
 */

type Rgb = [number, number, number];
type Hsl = [h: number, s: number, l: number];

const rgbOf = (hex: string): Rgb =>
	[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as Rgb;
const hexOf = (rgb: Rgb) =>
	`#${rgb
		.map((c) =>
			Math.round(Math.min(1, Math.max(0, c)) * 255)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;

function hslOf([r, g, b]: Rgb): Hsl {
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	const l = (max + min) / 2;
	if (max === min) return [0, 0, l * 100];
	const d = max - min;
	const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
	const h =
		max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return [h * 60, s * 100, l * 100];
}

function rgbFromHsl([h, s, l]: Hsl): Rgb {
	const sat = s / 100;
	const light = l / 100;
	const k = (n: number) => (n + h / 30) % 12;
	const a = sat * Math.min(light, 1 - light);
	const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
	return [f(0), f(8), f(4)];
}

const hsl = (h: number, s: number, l: number) => hexOf(rgbFromHsl([h, s, l]));

function luminance(hex: string): number {
	const [r, g, b] = rgbOf(hex).map((c) =>
		c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
	) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** Starlight's page backgrounds: white in the light theme, hsl(224, 10%, 10%) in the dark. */
export const pageBackground = { light: '#ffffff', dark: hsl(224, 10, 10) };

export interface AccentPalette {
	light: { low: string; accent: string; high: string };
	dark: { low: string; accent: string; high: string };
}

/** The six accent colours from the school's one, in Starlight's proportions (its own blue is hsl(224, 100%, 60%)). */
export function accentPalette(colour: string): AccentPalette {
	const [h, s] = hslOf(rgbOf(colour));
	return {
		light: {
			low: hsl(h, Math.min(s, 88), 92),
			accent: colour.toLowerCase(),
			high: hsl(h, Math.min(s, 80), 25),
		},
		dark: { low: hsl(h, Math.min(s, 54), 18), accent: hsl(h, s, 60), high: hsl(h, s, 85) },
	};
}

/** The pairs of colours that carry text, with where they meet on the site. */
export function accentPairs(palette: AccentPalette): { where: string; text: string; on: string }[] {
	return [
		{
			where: 'links on a white page (light theme)',
			text: palette.light.accent,
			on: pageBackground.light,
		},
		{
			where: 'the current page in the menu (light theme)',
			text: pageBackground.light,
			on: palette.light.accent,
		},
		{ where: 'highlighted text (light theme)', text: palette.light.high, on: palette.light.low },
		{
			where: 'links on the dark page (dark theme)',
			text: palette.dark.high,
			on: pageBackground.dark,
		},
		{
			where: 'the current page in the menu (dark theme)',
			text: palette.dark.low,
			on: palette.dark.high,
		},
	];
}

/** A darker shade of `colour` with 4.5:1 against white, to suggest when the school's own is too light. */
function darkEnough(colour: string): string {
	const [h, s, l] = hslOf(rgbOf(colour));
	for (let lightness = l; lightness > 0; lightness -= 1) {
		const shade = hsl(h, s, lightness);
		if (contrast(shade, pageBackground.light) >= 4.5) return shade;
	}
	return '#000000';
}

/** Why `colour` cannot be the accent colour (a pair of its colours below 4.5:1), or undefined when it can. */
export function accentProblem(colour: string): string | undefined {
	if (!/^#[0-9a-f]{6}$/i.test(colour)) return undefined;
	const low = accentPairs(accentPalette(colour)).find(({ text, on }) => contrast(text, on) < 4.5);
	if (!low) return undefined;
	return `“${colour}” is too light for ${low.where}: its contrast is ${contrast(low.text, low.on).toFixed(1)}:1, and WCAG AA needs 4.5:1 for text. Use a darker shade of it, such as “${darkEnough(colour)}”`;
}

/**
 * The CSS that makes `colour` the accent in both themes: Starlight's dark theme is :root, its light one
 * [data-theme='light'], and without JavaScript the light one follows the system (src/styles/no-js-theme.css).
 * `:root:root` outranks those rules wherever this style comes in the page.
 */
export function accentCss(colour: string): string {
	const { light, dark } = accentPalette(colour);
	const vars = (p: AccentPalette['light']) =>
		`--sl-color-accent-low:${p.low};--sl-color-accent:${p.accent};--sl-color-accent-high:${p.high};`;
	return `:root:root{${vars(dark)}}:root:root[data-theme='light']{${vars(light)}}@media (scripting: none) and (prefers-color-scheme: light){:root:root{${vars(light)}}}`;
}
