// npm run phone-metadata: writes src/lib/phone-metadata.ts, the part of libphonenumber-js's `min` metadata that the
// site needs: the United Kingdom's numbers (+44: GB, and Guernsey, Jersey and the Isle of Man, which share it).
// The whole `min` metadata is about 80 KB, most of a widget's JavaScript budget; the UK's part is about 4 KB.
// Run it after updating libphonenumber-js: a unit test (tests/unit/phone.test.ts) fails until it has been run.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

/** The metadata for the UK's calling code, from the installed libphonenumber-js's `min` metadata. */
export function ukMetadata(): unknown {
	const require = createRequire(import.meta.url);
	const min = JSON.parse(
		readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8')
	) as {
		version: number;
		country_calling_codes: Record<string, string[]>;
		countries: Record<string, unknown>;
	};
	const uk = min.country_calling_codes['44']!;
	return {
		version: min.version,
		country_calling_codes: { '44': uk },
		countries: Object.fromEntries(uk.map((country) => [country, min.countries[country]])),
	};
}

export function metadataModule(): string {
	return `// Written by scripts/phone-metadata.ts from libphonenumber-js's min metadata: the UK's numbers only. Do not edit.
import type { MetadataJson } from 'libphonenumber-js/core';

export const ukPhoneMetadata = ${JSON.stringify(ukMetadata())} as unknown as MetadataJson;
`;
}

export const metadataFile = fileURLToPath(new URL('../src/lib/phone-metadata.ts', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync(metadataFile, metadataModule());
	console.log(`Written: src/lib/phone-metadata.ts`);
}
