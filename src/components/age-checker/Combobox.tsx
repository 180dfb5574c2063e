import { useId, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { Named } from '~/lib/age-check';
import FieldShell, { describedBy } from './FieldShell';

interface Props {
	label: string;
	hint: string;
	value: string;
	error?: string | undefined;
	/** Before the error, for screen readers only: "Error:". */
	errorLabel: string;
	/** The name of the list of suggestions: "Suggestions for App, site or game". */
	listLabel: string;
	options: Named[];
	onInput: (value: string) => void;
	onChoose: (app: Named) => void;
	inputRef: (element: HTMLInputElement | null) => void;
}

/** An editable combobox with a list of suggestions, as the WAI-ARIA Authoring Practices describe (list autocomplete). */
export default function Combobox({
	label,
	hint,
	value,
	error,
	errorLabel,
	listLabel,
	options,
	onInput,
	onChoose,
	inputRef,
}: Props) {
	const id = useId();
	const [open, setOpen] = useState(false);
	const [active, setActive] = useState(-1);
	const expanded = open && options.length > 0;
	const optionId = (index: number) => `${id}-option-${index}`;

	function close() {
		setOpen(false);
		setActive(-1);
	}

	function choose(app: Named) {
		onChoose(app);
		close();
	}

	function onKeyDown(event: TargetedKeyboardEvent<HTMLInputElement>) {
		const last = options.length - 1;
		const input = event.currentTarget;
		switch (event.key) {
			case 'ArrowDown':
			case 'ArrowUp': {
				event.preventDefault();
				const down = event.key === 'ArrowDown';
				if (!expanded) {
					setOpen(true);
					// Alt+ArrowDown opens the list without moving into it.
					setActive(event.altKey ? -1 : down ? 0 : last);
				} else if (down) setActive(active >= last ? 0 : active + 1);
				else setActive(active <= 0 ? last : active - 1);
				return;
			}
			case 'Enter':
				if (expanded && active >= 0 && options[active]) {
					event.preventDefault();
					choose(options[active]);
				}
				return;
			case 'Escape':
				// The first Escape closes the list and keeps the text; a second clears it.
				if (expanded || value) event.preventDefault();
				if (expanded) close();
				else if (value) onInput('');
				return;
			case 'Home':
			case 'End': {
				// Home and End move the cursor in the text, and leave the list.
				event.preventDefault();
				const at = event.key === 'Home' ? 0 : input.value.length;
				input.setSelectionRange(at, at);
				setActive(-1);
				return;
			}
			case 'ArrowLeft':
			case 'ArrowRight':
				setActive(-1);
				return;
			case 'Tab':
				close();
		}
	}

	return (
		<FieldShell id={`${id}-input`} label={label} hint={hint} error={error} errorLabel={errorLabel}>
			<div class="combobox">
				<input
					id={`${id}-input`}
					ref={inputRef}
					type="text"
					role="combobox"
					autoComplete="off"
					spellcheck={false}
					aria-autocomplete="list"
					aria-expanded={expanded}
					aria-controls={`${id}-listbox`}
					aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy(`${id}-input`, error)}
					value={value}
					onInput={(event) => {
						onInput(event.currentTarget.value);
						setOpen(true);
						setActive(-1);
					}}
					onKeyDown={onKeyDown}
					onBlur={close}
				/>
				<ul
					id={`${id}-listbox`}
					role="listbox"
					aria-label={listLabel}
					class="combobox__listbox"
					hidden={!expanded}
				>
					{options.map((app, index) => (
						<li
							key={app.id}
							id={optionId(index)}
							role="option"
							aria-selected={index === active}
							class="combobox__option"
							// Keep focus in the input, so the list does not close before the click lands.
							onMouseDown={(event) => event.preventDefault()}
							onClick={() => choose(app)}
						>
							{app.name}
							{app.aliases.length > 0 && (
								<span class="combobox__aliases"> ({app.aliases.slice(0, 3).join(', ')})</span>
							)}
						</li>
					))}
				</ul>
			</div>
		</FieldShell>
	);
}
