/**
 * A Zod error message that says "is missing" when a field is left out, and `message` when it is
 * there but wrong, so that an editor knows which of the two to fix.
 */
export function whenWrong(message: string) {
	return (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : message);
}
