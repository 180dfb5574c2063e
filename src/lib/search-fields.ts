/** The Pagefind metadata fields that hold a page's keywords, and how much a match in each counts. */
export const keywordsField = 'keywords';
export const policyKeywordsField = 'policy_keywords';

/** Pagefind's `ranking.metaWeights`: a match in the title counts most, then the policy's keywords, then other pages'. */
export const metaWeights: Record<string, number> = {
	title: 8,
	[policyKeywordsField]: 8,
	[keywordsField]: 2,
};

/** The Pagefind filters that hold a page's kind (see `pageKind` in search-query.ts) and its address without slashes. */
export const kindField = 'kind';
export const pageField = 'page';
