import type { ComponentChildren } from 'preact';

interface Props {
	/** The id of the control inside; its hint and error take ids from it. */
	id: string;
	label: string;
	hint: string;
	error?: string | undefined;
	/** Before the error, for screen readers only: "Error:". */
	errorLabel: string;
	children: ComponentChildren;
}

/** The ids that describe a control: its hint, and its error when it has one. */
export function describedBy(id: string, error: string | undefined): string {
	return error ? `${id}-hint ${id}-error` : `${id}-hint`;
}

/** A form field's label, hint and error message, GOV.UK style: the error sits next to the field, above it. */
export default function FieldShell({ id, label, hint, error, errorLabel, children }: Props) {
	return (
		<div class={error ? 'age-checker__field age-checker__field--error' : 'age-checker__field'}>
			<label for={id}>{label}</label>
			<p class="age-checker__hint" id={`${id}-hint`}>
				{hint}
			</p>
			{error && (
				<p class="widget__error" id={`${id}-error`}>
					<span class="sr-only">{errorLabel} </span>
					{error}
				</p>
			)}
			{children}
		</div>
	);
}
