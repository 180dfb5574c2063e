/**
 * Reading a page aloud, loaded only when its "Listen" button is first pressed (ReadAloud.astro's loader). It reads the
 * page's title and main text, sentence by sentence, with the browser's own speech synthesis in the page's language,
 * and highlights the sentence being read with the CSS Custom Highlight API, which leaves the page's DOM as it was.
 * Listen starts; the same button then pauses and carries on; Stop ends it and gives focus back to Listen. Each change
 * is announced in the control's status. Nothing is sent anywhere, and nothing is kept.
 */

interface Words {
	listen: string;
	pause: string;
	resume: string;
	reading: string;
	paused: string;
	stopped: string;
	finished: string;
}

type State = 'idle' | 'playing' | 'paused';

/** Elements whose text is not read: code, hidden parts, form controls, the control itself, pictures' insides. */
const skipped =
	'script, style, template, svg, noscript, button, input, select, textarea, [hidden], [aria-hidden="true"], .sr-only, [data-read-aloud], .sl-anchor-link';
/** The blocks a sentence never runs across: a heading and the paragraph under it are read apart. */
const blocks =
	'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, caption, figcaption, summary, legend, label, blockquote, pre';

/** The page's sentences, as ranges over its text, in reading order. */
export function sentencesOf(roots: Element[], lang: string): Range[] {
	const runs: { nodes: Text[]; block: Element | null }[] = [];
	for (const root of roots) {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
			// Text in another language than the page's (a tool still in English on a translated page) is left out:
			// the page's voice would read it wrongly.
			acceptNode: (node) =>
				node.parentElement?.closest(skipped) ||
				!node.nodeValue?.trim() ||
				(node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? lang) !== lang
					? NodeFilter.FILTER_REJECT
					: NodeFilter.FILTER_ACCEPT,
		});
		for (
			let node = walker.nextNode() as Text | null;
			node;
			node = walker.nextNode() as Text | null
		) {
			const block = node.parentElement?.closest(blocks) ?? node.parentElement;
			const last = runs.at(-1);
			if (last && last.block === block) last.nodes.push(node);
			else runs.push({ nodes: [node], block });
		}
	}
	const segmenter =
		'Segmenter' in Intl ? new Intl.Segmenter(lang, { granularity: 'sentence' }) : undefined;
	const ranges: Range[] = [];
	for (const { nodes } of runs) {
		const starts: number[] = [];
		let text = '';
		for (const node of nodes) {
			starts.push(text.length);
			text += node.nodeValue ?? '';
		}
		const at = (offset: number): [Text, number] => {
			let index = starts.length - 1;
			while (index > 0 && starts[index]! > offset) index -= 1;
			return [nodes[index]!, offset - starts[index]!];
		};
		const pieces = segmenter
			? [...segmenter.segment(text)].map(({ index, segment }) => [index, index + segment.length])
			: [[0, text.length]];
		for (const [start, end] of pieces as [number, number][]) {
			const piece = text.slice(start, end);
			if (!piece.trim()) continue;
			const lead = piece.length - piece.trimStart().length;
			const trail = piece.length - piece.trimEnd().length;
			const range = document.createRange();
			range.setStart(...at(start + lead));
			const [endNode, endOffset] = at(end - trail - 1);
			range.setEnd(endNode, endOffset + 1);
			ranges.push(range);
		}
	}
	return ranges;
}

export class ReadAloud {
	#state: State = 'idle';
	#sentences: Range[] = [];
	#index = 0;
	/** Bumped on every stop, so that an utterance ended by stopping does not start the next one. */
	#run = 0;
	readonly #words: Words;
	readonly #play: HTMLButtonElement;
	readonly #playLabel: HTMLElement;
	readonly #stop: HTMLButtonElement;
	readonly #status: HTMLElement;
	readonly #lang = document.documentElement.lang || 'en-GB';

	constructor(
		readonly control: HTMLElement,
		readonly synth: SpeechSynthesis
	) {
		this.#words = JSON.parse(control.dataset['words'] ?? '{}') as Words;
		this.#play = control.querySelector('[data-read-aloud-play]')!;
		this.#playLabel = control.querySelector('[data-read-aloud-play-label]')!;
		this.#stop = control.querySelector('[data-read-aloud-stop]')!;
		this.#status = control.querySelector('[data-read-aloud-status]')!;
		this.#play.addEventListener('click', () => this.toggle());
		this.#stop.addEventListener('click', () => this.stop());
		// Leaving the page stops the reading, so that it never carries on by itself.
		addEventListener('pagehide', () => this.stop(false));
		control.dataset['loaded'] = '';
	}

	/** Listen, pause or carry on, as the one button says. */
	toggle(): void {
		if (this.#state === 'idle') this.#start();
		else if (this.#state === 'playing') {
			this.synth.pause();
			this.#set('paused', this.#words.paused);
		} else {
			this.synth.resume();
			this.#set('playing', this.#words.reading);
		}
	}

	stop(announce = true): void {
		if (this.#state === 'idle') return;
		this.#run += 1;
		this.synth.cancel();
		this.#highlight(undefined);
		this.#set('idle', announce ? this.#words.stopped : '');
		this.#play.focus();
	}

	#start(): void {
		const main = document.querySelector('main');
		const roots = [main?.querySelector('h1'), main?.querySelector('.sl-markdown-content')].filter(
			(root): root is Element => Boolean(root)
		);
		this.#sentences = sentencesOf(roots, this.#lang);
		this.#index = 0;
		this.#run += 1;
		this.synth.cancel();
		this.#set('playing', this.#words.reading);
		this.#speak(this.#run);
	}

	#speak(run: number): void {
		if (run !== this.#run) return;
		const range = this.#sentences[this.#index];
		if (!range) {
			this.#highlight(undefined);
			this.#set('idle', this.#words.finished);
			return;
		}
		const utterance = new SpeechSynthesisUtterance(range.toString());
		utterance.lang = this.#lang;
		const language = this.#lang.toLowerCase().split('-')[0];
		const voices = this.synth.getVoices();
		const voice =
			voices.find(
				(voice) => voice.lang.toLowerCase().replace('_', '-') === this.#lang.toLowerCase()
			) ?? voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language);
		// The language alone lets the browser choose; a voice of that language, where the browser accepts it, is surer.
		try {
			if (voice) utterance.voice = voice;
		} catch {
			// Not one of the browser's own voices: the language stands.
		}
		const next = () => {
			if (run !== this.#run) return;
			this.#index += 1;
			this.#speak(run);
		};
		utterance.addEventListener('end', next);
		utterance.addEventListener('error', next);
		this.#highlight(range);
		this.synth.speak(utterance);
	}

	#highlight(range: Range | undefined): void {
		const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)
			?.highlights;
		const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
		if (!highlights || !Highlight) return;
		if (!range) {
			highlights.delete('read-aloud');
			return;
		}
		highlights.set('read-aloud', new Highlight(range));
		const box = range.getBoundingClientRect();
		if (box.top < 0 || box.bottom > innerHeight)
			range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
	}

	#set(state: State, announcement: string): void {
		this.#state = state;
		this.control.dataset['state'] = state;
		this.#playLabel.textContent =
			state === 'playing'
				? this.#words.pause
				: state === 'paused'
					? this.#words.resume
					: this.#words.listen;
		this.#stop.hidden = state === 'idle';
		this.#status.textContent = announcement;
	}
}
