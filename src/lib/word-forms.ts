/**
 * The words of a Hunspell dictionary with their suffixed and prefixed forms ("screen/SJMDG" gives "screens",
 * "screened", "screening" …), read from its affix and dictionary files' text. Only what English dictionaries
 * use: one-letter flags, SFX and PFX rules with a strip, an affix and a condition. Pure, used at build time.
 */
interface Rule {
	strip: string;
	add: string;
	condition: RegExp;
}
interface Affix {
	prefix: boolean;
	cross: boolean;
	rules: Rule[];
}

/** The affix rules by flag, from the affix file's text. */
function affixRules(aff: string): Map<string, Affix> {
	const affixes = new Map<string, Affix>();
	for (const line of aff.split('\n')) {
		const [kind, flag, ...rest] = line.trim().split(/\s+/);
		if ((kind !== 'SFX' && kind !== 'PFX') || !flag) continue;
		const prefix = kind === 'PFX';
		const existing = affixes.get(flag);
		// The header line: "SFX S Y 4" (flag, cross product, number of rules).
		if (!existing) {
			affixes.set(flag, { prefix, cross: rest[0] === 'Y', rules: [] });
			continue;
		}
		const [strip = '0', add = '0', condition = '.'] = rest;
		const pattern = prefix ? `^${condition}` : `${condition}$`;
		existing.rules.push({
			strip: strip === '0' ? '' : strip,
			add: add === '0' ? '' : add.split('/')[0]!,
			condition: new RegExp(pattern, 'u'),
		});
	}
	return affixes;
}

function apply(word: string, affix: Affix): string[] {
	return affix.rules.flatMap(({ strip, add, condition }) => {
		if (!condition.test(word)) return [];
		if (affix.prefix) return word.startsWith(strip) ? [add + word.slice(strip.length)] : [];
		return word.endsWith(strip) ? [word.slice(0, word.length - strip.length) + add] : [];
	});
}

/** Every word of the dictionary and its forms, lower case. */
export function dictionaryWords(aff: string, dic: string): Set<string> {
	const affixes = affixRules(aff);
	const all = new Set<string>();
	// The first line of a dictionary file is its number of words.
	for (const line of dic.split('\n').slice(1)) {
		const [word = '', flags = ''] = line.trim().split('/');
		if (!word) continue;
		const own = [...flags].flatMap((flag) => {
			const affix = affixes.get(flag);
			return affix ? [affix] : [];
		});
		const suffixed = [word, ...own.filter((a) => !a.prefix).flatMap((a) => apply(word, a))];
		const forms = [
			...suffixed,
			...own
				.filter((a) => a.prefix)
				.flatMap((prefix) =>
					(prefix.cross ? suffixed : [word]).flatMap((form) => apply(form, prefix))
				),
		];
		for (const form of forms) all.add(form.toLowerCase());
	}
	return all;
}
