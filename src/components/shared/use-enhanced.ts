import { createContext, h, type ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/** True only inside the no-JavaScript copy of a widget that WidgetFallback.astro builds into the page. */
const NoScript = createContext(false);

/**
 * Whether the widget renders its working form (true) or what it shows without JavaScript (false).
 *
 * The island builds its working form into the page, so the HTML the reader first sees is the HTML that
 * hydrates: nothing is swapped and nothing moves while the widget loads. What a reader without JavaScript
 * needs is built separately, into a <noscript> beside the island (WidgetFallback.astro), from the same
 * component rendered with `noScriptVersion`.
 */
export function useEnhanced(): boolean {
	return !useContext(NoScript);
}

/** The widget as it renders without JavaScript, for WidgetFallback.astro to build into a <noscript>. */
export function noScriptVersion<P extends object>(Widget: ComponentType<P>): ComponentType<P> {
	return function NoScriptVersion(props: P) {
		return h(NoScript.Provider, { value: true }, h(Widget, props));
	};
}

/**
 * False in the built page and true once the island's JavaScript runs and its listeners are attached. A widget
 * marks its root `data-ready` with it, so that tests (and scripts) wait for readiness, never for time.
 */
export function useHydrated(): boolean {
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	return hydrated;
}
