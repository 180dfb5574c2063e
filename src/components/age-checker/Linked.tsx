import { splitLinks } from '~/lib/text-links';
import { sourceName } from '~/lib/age-verdict';

/** A note from the data, with any web address in it shown as a link: with its own words ([words](address)), or named by its site. */
export default function Linked({ text }: { text: string }) {
	return (
		<>
			{splitLinks(text).map((part) =>
				'url' in part ? (
					<a key={part.url} href={part.url}>
						{part.words ?? sourceName(part.url)}
					</a>
				) : (
					part.text
				)
			)}
		</>
	);
}
