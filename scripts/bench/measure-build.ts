/**
 * Runs a command and measures it as a whole process tree: wall time, CPU time (user + system of
 * every descendant, from /proc/self/stat's children counters) and peak memory (the largest sum
 * of resident memory over all descendants, sampled every 50 ms from /proc).
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface BuildFigures {
	wallSeconds: number;
	cpuSeconds: number;
	peakMemoryMb: number;
}

const TICKS_PER_SECOND = 100;
const PAGE_SIZE = 4096;

async function childrenCpuTicks(): Promise<number> {
	const fields = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1]!.split(' ');
	return Number(fields[13]) + Number(fields[14]); // cutime + cstime (fields 16 and 17)
}

/** Resident memory (bytes) of `root` and all its descendants. */
async function treeMemory(root: number): Promise<number> {
	const parents = new Map<number, number>();
	const rss = new Map<number, number>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = (await readFile(`/proc/${name}/stat`, 'utf8')).split(') ')[1]!.split(' ');
			parents.set(Number(name), Number(stat[1]));
			rss.set(Number(name), Number(stat[21]) * PAGE_SIZE);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	for (const [pid, bytes] of rss) {
		for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) {
			if (p === root) {
				total += bytes;
				break;
			}
		}
	}
	return total;
}

/** Runs `command args` in `cwd` with `env` and returns its figures; throws on failure. */
export async function measureBuild(
	command: string,
	args: string[],
	cwd: string,
	env: NodeJS.ProcessEnv,
): Promise<BuildFigures> {
	const cpuBefore = await childrenCpuTicks();
	const started = performance.now();
	const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	let peak = 0;
	let running = true;
	const sampler = (async () => {
		while (running) {
			peak = Math.max(peak, await treeMemory(child.pid!));
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	const code = await new Promise<number | null>((r) => child.on('exit', r));
	running = false;
	await sampler;
	if (code !== 0)
		throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stderr.slice(-2000)}`);
	return {
		wallSeconds: (performance.now() - started) / 1000,
		cpuSeconds: ((await childrenCpuTicks()) - cpuBefore) / TICKS_PER_SECOND,
		peakMemoryMb: peak / 1024 / 1024,
	};
}
