import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseListFile } from '../../src/lib/data-file';
import { addresses, citedSources, devicesFor, unknownApps } from '../../src/lib/device';
import { deviceSchema } from '../../src/schemas/devices';

const file = 'tests/fixtures/devices.yaml';
const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const devices = parseListFile(text, deviceSchema, file);
const [consoleGuide, routerGuide] = devices;

describe('the device guides’ rules, on made-up guides', () => {
	it('gives an app the guides that name it, and those for every app', () => {
		expect(devicesFor(devices, 'game-one').map((d) => d.id)).toEqual(['console', 'router']);
		expect(devicesFor(devices, 'another').map((d) => d.id)).toEqual(['router']);
	});

	it('names every app id that is not a known app, by its field', () => {
		expect(unknownApps(consoleGuide!, new Set(['game-one']))).toEqual([]);
		expect(unknownApps(consoleGuide!, new Set(['game-two']))).toEqual([
			{ field: 'appliesTo[0]', id: 'game-one' },
		]);
		expect(unknownApps(routerGuide!, new Set())).toEqual([]);
	});

	it('finds the addresses a text names, as links and as bare addresses', () => {
		expect(addresses('See [this](https://a.example/x) and https://b.example/y.')).toEqual([
			'https://a.example/x',
			'https://b.example/y',
		]);
		expect(addresses('See [a page](contacts) of this site.')).toEqual([]);
	});

	it('counts a source as cited by a step’s source, a fact, a note’s link or the unconfirmed text', () => {
		expect([...citedSources(routerGuide!)].sort()).toEqual(
			routerGuide!.sources.map((source) => source.url).sort()
		);
	});
});

describe('the device guides’ schema', () => {
	const entry = () => structuredClone((parse(text) as Record<string, unknown>[])[0]!);

	it('accepts the made-up guides', () => {
		expect(devices).toHaveLength(2);
	});

	it('rejects a fact whose source is not in the entry’s sources, naming the field', () => {
		const wrong = entry() as { stops: { text: string; source: string }[] };
		wrong.stops[0]!.source = 'https://elsewhere.example/';
		const result = deviceSchema.safeParse(wrong);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['stops', 0, 'source']);
		expect(result.error?.issues[0]?.message).toMatch(/not in this entry’s sources/);
	});

	it('rejects a link in a note that is not in the sources', () => {
		const wrong = entry() as { parts: { note?: string }[] };
		wrong.parts[0]!.note = 'See [this](https://elsewhere.example/).';
		expect(deviceSchema.safeParse(wrong).success).toBe(false);
	});

	it('rejects a guide that does not say how a child might get round it', () => {
		const wrong = entry() as { getRound: unknown[] };
		wrong.getRound = [];
		expect(deviceSchema.safeParse(wrong).success).toBe(false);
	});

	it('rejects a source without the day it was read', () => {
		const wrong = entry() as { sources: { checked?: string }[] };
		delete wrong.sources[0]!.checked;
		expect(deviceSchema.safeParse(wrong).success).toBe(false);
	});
});
