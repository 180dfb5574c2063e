import { describe, expect, it } from 'vitest';
import { schoolSchema } from '../../src/schemas/school';
import { school } from '../../src/school';

describe('the practices a school adopts (content/school.yaml, practices)', () => {
	const without = { ...school, practices: undefined };

	it('are suggestions until the school says it has adopted them', () => {
		expect(schoolSchema.parse(without).practices.reputationMonitoring).toBe('suggested');
		expect(
			schoolSchema.parse({ ...school, practices: { reputationMonitoring: 'adopted' } }).practices
		).toEqual({ reputationMonitoring: 'adopted' });
	});

	it('reject anything but suggested or adopted, saying which', () => {
		const result = schoolSchema.safeParse({ ...school, practices: { reputationMonitoring: 'yes' } });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/suggested .* or adopted/);
	});
});
