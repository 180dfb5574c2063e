/// <reference types="astro/client" />

interface ImportMetaEnv {
	/** The school's word for its learners, "pupils" or "students" (astro.config.mjs, from the school's settings). */
	readonly SCHOOL_LEARNERS?: string;
}
