import { readFileSync, readdirSync } from 'node:fs';

/**
 * The CPU time (user + system) of processes and everything they start, read from Linux's /proc every quarter of a
 * second: steadier than wall time on a shared machine. A process's time is what it had used when last seen, so
 * one that lives less than a quarter of a second may be missed. Elsewhere than Linux, `seconds` gives undefined.
 */
export function cpuMeter() {
	const linux = process.platform === 'linux';
	const ticksPerSecond = 100; // USER_HZ, 100 on every Linux the project runs on
	const roots = new Map<number, string>();
	// The CPU ticks of each process seen ("pid start-time"), and the root it descends from.
	const seen = new Map<string, { root: string; ticks: number }>();

	const sample = () => {
		if (roots.size === 0) return;
		const stats = new Map<number, { parent: number; ticks: number; key: string }>();
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			let stat: string;
			try {
				stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			} catch {
				continue;
			}
			// Fields after the command name (which may hold spaces): state, ppid, …, utime (14th), stime, …, starttime (22nd).
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			stats.set(Number(entry), {
				parent: Number(fields[1]),
				ticks: Number(fields[11]) + Number(fields[12]),
				key: `${entry} ${fields[19]}`,
			});
		}
		const rootOf = new Map<number, string>(roots);
		const find = (pid: number): string | undefined => {
			if (rootOf.has(pid)) return rootOf.get(pid);
			const parent = stats.get(pid)?.parent;
			const root = parent && parent > 1 ? find(parent) : undefined;
			rootOf.set(pid, root!);
			return root;
		};
		for (const [pid, { ticks, key }] of stats) {
			const root = find(pid);
			if (root !== undefined) seen.set(key, { root, ticks });
		}
	};
	const timer = linux ? setInterval(sample, 250) : undefined;
	timer?.unref();

	return {
		/** Counts `pid` and everything it starts under `name`. */
		watch(name: string, pid: number) {
			roots.set(pid, name);
			if (linux) sample();
		},
		/** Stops counting under `name`, once its root process has ended. */
		unwatch(pid: number) {
			roots.delete(pid);
		},
		/** CPU seconds counted under `name` so far. */
		seconds(name: string): number | undefined {
			if (!linux) return undefined;
			let ticks = 0;
			for (const entry of seen.values()) if (entry.root === name) ticks += entry.ticks;
			return ticks / ticksPerSecond;
		},
		stop() {
			if (timer) clearInterval(timer);
		},
	};
}
