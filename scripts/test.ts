// `npm test`: every stage of the tests (scripts/lib/stages.ts), two at a time, each once what it needs has passed;
// then a table of each stage's time. `npm test -- unit build` runs only those stages.
import { runStages, stageTable, stages } from './lib/stages.ts';

const only = process.argv.slice(2);
const unknown = only.filter((name) => !stages.some((stage) => stage.name === name));
if (unknown.length > 0) {
	console.error(
		`No stage ${unknown.join(', ')}: the stages are ${stages.map((stage) => stage.name).join(', ')}.`
	);
	process.exit(2);
}
const { results, seconds } = await runStages(
	only.length > 0 ? stages.filter((stage) => only.includes(stage.name)) : stages
);
console.log(stageTable(results, seconds));
const failed = results.filter((result) => result.status === 'failed').map(({ name }) => name);
if (failed.length > 0) console.error(`\nFailed: ${failed.join(', ')}.`);
process.exit(failed.length > 0 || results.some((result) => result.status !== 'ok') ? 1 : 0);
