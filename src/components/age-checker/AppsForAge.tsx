import type { App } from '~/schemas/apps';
import type { AgeGroups, ChildAge } from '~/lib/age-check';
import { describeChild } from '~/lib/age-verdict';

interface Props {
	groups: AgeGroups;
	age: ChildAge;
}

function List({ title, apps }: { title: string; apps: App[] }) {
	if (apps.length === 0) return null;
	return (
		<section>
			<h4>
				{title} ({apps.length})
			</h4>
			<ul class="apps-for-age__list">
				{apps.map((app) => (
					<li key={app.id}>
						{app.name}
						{app.minimumAge && ` (${app.minimumAge.age}+)`}
					</li>
				))}
			</ul>
		</section>
	);
}

/** Every app, split by whether a child of this age meets its minimum age. */
export default function AppsForAge({ groups, age }: Props) {
	return (
		<section class="apps-for-age" aria-labelledby="apps-for-age-title">
			<h3 id="apps-for-age-title">Every app for {describeChild(age)}</h3>
			<List title="Meets the minimum age" apps={groups.meets} />
			<List title="Some of the year group meet it" apps={groups.spans} />
			<List title="Not yet" apps={groups.notYet} />
			<List title="No minimum age we could confirm" apps={groups.noMinimum} />
		</section>
	);
}
