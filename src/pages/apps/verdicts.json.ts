import type { APIRoute } from 'astro';
import { allApps } from '~/apps';
import { verdictApp } from '~/lib/app';

/**
 * Every app as the age checker's answer needs it (no settings or reporting steps), in one compact file that the
 * checker loads when it wakes, so that the page itself carries only the apps' names.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify((await allApps()).map(verdictApp)), {
		headers: { 'Content-Type': 'application/json' },
	});
