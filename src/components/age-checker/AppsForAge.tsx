import type { AgeGroups, AppVerdict, ChildAge, Overall } from '~/lib/age-check';
import { describeChild, fill, headline, type PegiNames, type WidgetWords } from '~/lib/age-verdict';
import VerdictIcon from './VerdictIcon';

interface Props {
	groups: AgeGroups;
	age: ChildAge;
	words: WidgetWords;
	pegiNames: PegiNames;
	guideUrls: Record<string, string>;
}

const order: Overall[] = ['not-yet', 'spans', 'depends', 'meets', 'unknown'];

function Group({
	kind,
	verdicts,
	words,
	pegiNames,
	guideUrls,
}: { kind: Overall; verdicts: AppVerdict[] } & Omit<Props, 'groups' | 'age'>) {
	if (verdicts.length === 0) return null;
	return (
		<section class={`apps-for-age__group apps-for-age__group--${kind}`}>
			<h4>
				<VerdictIcon kind={kind} />
				<span>
					{words.groups[kind]} ({verdicts.length})
				</span>
			</h4>
			<ul class="apps-for-age__list">
				{verdicts.map((verdict) => (
					<li key={verdict.app.id}>
						{guideUrls[verdict.app.id] ? (
							<a href={guideUrls[verdict.app.id]}>{verdict.app.name}</a>
						) : (
							verdict.app.name
						)}
						{kind !== 'unknown' && (
							<span class="apps-for-age__why">
								: {headline(verdict, words, pegiNames).replace(/^[^:]*:\s*/, '')}
							</span>
						)}
					</li>
				))}
			</ul>
		</section>
	);
}

/** Every app for one child, grouped by the same combined answer the checker gives for one app. */
export default function AppsForAge({ groups, age, ...rest }: Props) {
	const { words } = rest;
	return (
		<section class="apps-for-age" aria-labelledby="apps-for-age-title">
			<h3 id="apps-for-age-title">
				{fill(words.verdict.everyApp, { child: describeChild(age, words) })}
			</h3>
			{order.map((kind) => (
				<Group key={kind} kind={kind} verdicts={groups[kind]} {...rest} />
			))}
		</section>
	);
}
