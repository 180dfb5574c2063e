import type { Overall } from '~/lib/age-check';

interface Props {
	kind: Overall;
}

/**
 * A tick, a cross, a half-filled circle, an "i" (read what applies) or a question mark, in the answer's colour. It is decoration: the words
 * beside it always say the answer, so neither the colour nor the shape is the only sign.
 */
export default function VerdictIcon({ kind }: Props) {
	return (
		<span class={`verdict-icon verdict-icon--${kind}`}>
			<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
				<circle cx="10" cy="10" r="9" fill="currentColor" />
				{kind === 'meets' && (
					<path
						d="M5.5 10.5l3 3 6-7"
						fill="none"
						stroke="var(--verdict-icon-ink)"
						stroke-width="2.2"
						stroke-linecap="round"
						stroke-linejoin="round"
					/>
				)}
				{kind === 'not-yet' && (
					<path
						d="M6.5 6.5l7 7M13.5 6.5l-7 7"
						fill="none"
						stroke="var(--verdict-icon-ink)"
						stroke-width="2.2"
						stroke-linecap="round"
					/>
				)}
				{kind === 'spans' && (
					<path d="M10 2.5a7.5 7.5 0 0 1 0 15z" fill="var(--verdict-icon-ink)" />
				)}
				{kind === 'depends' && (
					<text
						x="10"
						y="14.5"
						text-anchor="middle"
						font-size="13"
						font-weight="700"
						fill="var(--verdict-icon-ink)"
					>
						i
					</text>
				)}
				{kind === 'unknown' && (
					<text
						x="10"
						y="14.5"
						text-anchor="middle"
						font-size="13"
						font-weight="700"
						fill="var(--verdict-icon-ink)"
					>
						?
					</text>
				)}
			</svg>
		</span>
	);
}
