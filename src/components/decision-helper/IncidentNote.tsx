import { useId, useState } from 'preact/hooks';
import { segments } from '~/lib/rich-text';

/** The incident note's words, from content/data/decision-helper.yaml. */
export interface NoteWords {
	heading: string;
	intro: string;
	answers: string;
	title: string;
	when: string;
	who: string;
	seen: string;
	steps: string;
	done: string;
	told: string;
	print: string;
	footer: string;
	/** Without JavaScript: the label for what was reported, written in by hand. */
	reported: string;
	/** Without JavaScript: the label for the steps taken, written in by hand. */
	taken: string;
	/** Without JavaScript: how to print the note with the browser's own Print. */
	printHint: string;
}

interface Props {
	words: NoteWords;
	/** The questions and the answers given, which the route follows. */
	answers: readonly { question: string; answer: string }[];
	/** The titles of the route's steps, in order. */
	steps: readonly string[];
	base: string;
	/**
	 * The blank note built into the page for readers without JavaScript: what was reported and the steps taken are
	 * written in, and the browser's own Print prints it alone (the print styles notice an open static note).
	 */
	blank?: boolean;
}

/** A step's title as plain words (its links' words), for the note. */
const plain = (text: string, base: string) =>
	segments(text, base)
		.map((segment) => segment.text)
		.join('');

/**
 * A one-page incident note for the route just given: when, who, what was seen, the steps (ticked as taken) and who was
 * told. What is typed lives only in this component's state: nothing is stored or sent, and it is gone on reload.
 * Printing marks the page (`data-printing` on <html>) so that the print styles show the note alone, on one page.
 */
export default function IncidentNote({ words, answers, steps, base, blank = false }: Props) {
	const id = useId();
	const [fields, setFields] = useState({ when: '', who: '', seen: '', told: '' });
	const [taken, setTaken] = useState<boolean[]>(steps.map(() => false));

	const set = (name: keyof typeof fields) => (event: { currentTarget: { value: string } }) =>
		setFields({ ...fields, [name]: event.currentTarget.value });

	function print() {
		const root = document.documentElement;
		root.dataset['printing'] = 'incident-note';
		window.addEventListener('afterprint', () => delete root.dataset['printing'], { once: true });
		window.print();
	}

	const long = (name: 'seen' | 'told', label: string, rows: number) => (
		<p class="incident-note__field">
			<label for={`${id}-${name}`}>{label}</label>
			<textarea
				id={`${id}-${name}`}
				rows={rows}
				autoComplete="off"
				value={fields[name]}
				onInput={set(name)}
			/>
			<span class="incident-note__printed" aria-hidden="true">
				{fields[name]}
			</span>
		</p>
	);

	if (blank) {
		// Built at build time, for use without JavaScript: nothing in it needs a script, and nothing is sent anywhere.
		const field = (name: string, label: string, rows?: number) => (
			<p class="incident-note__field">
				<label for={`${id}-static-${name}`}>{label}</label>
				{rows ? (
					<textarea id={`${id}-static-${name}`} rows={rows} autoComplete="off" />
				) : (
					<input id={`${id}-static-${name}`} type="text" autoComplete="off" />
				)}
			</p>
		);
		return (
			<details class="incident-note incident-note--static">
				<summary>{words.heading}</summary>
				<div class="incident-note__body">
					<p class="incident-note__title">{words.title}</p>
					<p class="incident-note__intro">{words.intro}</p>
					{field('reported', words.reported, 3)}
					{field('when', words.when)}
					{field('who', words.who)}
					{field('seen', words.seen, 5)}
					{field('taken', words.taken, 5)}
					{field('told', words.told, 3)}
					<p class="incident-note__footer">{words.footer}</p>
					<p class="incident-note__actions">{words.printHint}</p>
				</div>
			</details>
		);
	}

	return (
		<details class="incident-note">
			<summary>{words.heading}</summary>
			<div class="incident-note__body">
				<p class="incident-note__title">{words.title}</p>
				<p class="incident-note__intro">{words.intro}</p>
				<div class="incident-note__answers">
					<p class="incident-note__label">{words.answers}</p>
					<dl>
						{answers.map(({ question, answer }) => (
							<div key={question}>
								<dt>{question}</dt>
								<dd>{answer}</dd>
							</div>
						))}
					</dl>
				</div>
				<p class="incident-note__field">
					<label for={`${id}-when`}>{words.when}</label>
					<input
						id={`${id}-when`}
						type="datetime-local"
						autoComplete="off"
						value={fields.when}
						onInput={set('when')}
					/>
				</p>
				<p class="incident-note__field">
					<label for={`${id}-who`}>{words.who}</label>
					<input
						id={`${id}-who`}
						type="text"
						autoComplete="off"
						value={fields.who}
						onInput={set('who')}
					/>
				</p>
				{long('seen', words.seen, 4)}
				<fieldset class="incident-note__steps">
					<legend>{words.steps}</legend>
					<ol>
						{steps.map((title, index) => (
							<li key={title}>
								<label>
									<input
										type="checkbox"
										checked={taken[index]}
										onChange={(event) =>
											setTaken(
												taken.map((was, at) => (at === index ? event.currentTarget.checked : was))
											)
										}
									/>
									<span class="sr-only">{words.done}: </span>
									{plain(title, base)}
								</label>
							</li>
						))}
					</ol>
				</fieldset>
				{long('told', words.told, 3)}
				<p class="incident-note__footer">{words.footer}</p>
				<p class="incident-note__actions">
					<button type="button" onClick={print}>
						{words.print}
					</button>
				</p>
			</div>
		</details>
	);
}
