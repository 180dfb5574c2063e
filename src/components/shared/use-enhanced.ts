import { useEffect, useState } from 'preact/hooks';

/**
 * False in the HTML built for the page (and in the first render after hydration, so the two match),
 * true once the island's JavaScript is running. Islands render their no-JavaScript version until then.
 */
export function useEnhanced(): boolean {
	const [enhanced, setEnhanced] = useState(false);
	useEffect(() => setEnhanced(true), []);
	return enhanced;
}
