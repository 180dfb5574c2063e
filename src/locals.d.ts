declare namespace App {
	interface Locals {
		/** Set while the whole policy (src/components/policy-document/WholePolicy.astro) renders the sections' pages. */
		policyDocument?: boolean;
	}
}
