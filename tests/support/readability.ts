// The readability measure is a rule of the content contract now: src/lib/readability.ts.
export { gradeLevel, syllables } from '../../src/lib/readability';
