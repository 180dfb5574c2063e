import { segments } from '~/lib/rich-text';

/** Text from content/data/ with its named links, and its email addresses and phone numbers as mailto: and tel: links. */
export default function RichText({ text, base }: { text: string; base: string }) {
	return (
		<>
			{segments(text, base).map((segment, index) =>
				segment.href ? (
					<a key={index} href={segment.href}>
						{segment.text}
					</a>
				) : (
					segment.text
				)
			)}
		</>
	);
}
