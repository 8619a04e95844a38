/**
 * Runs a command and measures it as a whole process tree:
 * - wall time;
 * - CPU time: user + system of every descendant. The command runs under a small wrapper
 *   (this file run as a script) whose only child is the command, so the wrapper's
 *   `cutime + cstime` after the wait is exactly the tree's CPU, whatever else the benchmark
 *   does meanwhile (servers, browsers);
 * - peak memory: the largest peak resident set (VmHWM) of any one process of the tree,
 *   sampled every 50 ms from /proc, and the largest sum over the tree at one moment.
 * Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface BuildFigures {
	wallSeconds: number;
	/** User + system CPU of every process of the tree. */
	cpuSeconds: number;
	/** Peak resident memory of the largest single process (its VmHWM). */
	peakRssMb: number;
	/** Which process that was (its command name). */
	peakProcess: string;
	/** Largest sum of resident memory over the whole tree at one sample. */
	peakTreeMb: number;
}

const TICKS_PER_SECOND = 100;
const PAGE_SIZE = 4096;
const MB = 1024 * 1024;

/** CPU ticks (user + system) of this process's waited-for children, from /proc/self/stat. */
async function childrenCpuTicks(): Promise<number> {
	const fields = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1]!.split(' ');
	return Number(fields[13]) + Number(fields[14]); // cutime + cstime (fields 16 and 17)
}

interface Sample {
	/** pid → [command name, VmHWM bytes] for every descendant of the root. */
	peaks: Map<number, [string, number]>;
	/** Sum of current resident memory over the tree. */
	treeBytes: number;
}

/** A short name for a process: its program and first argument ("node astro.mjs"). */
async function commandName(pid: number): Promise<string> {
	let argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
	if (argv.length === 1) argv = argv[0]!.split(' '); // a process that set its title (npm)
	const base = (arg: string | undefined) => arg?.split('/').at(-1) ?? '';
	const program = base(argv[0]);
	return ['node', 'npm'].includes(program) && argv[1] ? `${program} ${base(argv[1])}` : program;
}

/** Peak and current resident memory of `root` and all its descendants. */
async function sampleTree(root: number): Promise<Sample> {
	const parents = new Map<number, number>();
	const rss = new Map<number, number>();
	const names = new Map<number, string>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = await readFile(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
			parents.set(Number(name), Number(fields[1]));
			rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
			names.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(') ')));
		} catch {
			// the process ended while we looked
		}
	}
	const peaks = new Map<number, [string, number]>();
	let treeBytes = 0;
	for (const [pid, bytes] of rss) {
		let p: number | undefined = pid;
		while (p && p > 1 && p !== root) p = parents.get(p);
		if (p !== root) continue;
		treeBytes += bytes;
		const name = await commandName(pid).catch(() => names.get(pid)!);
		try {
			const status = await readFile(`/proc/${pid}/status`, 'utf8');
			const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
			peaks.set(pid, [name, Math.max(hwm, bytes)]);
		} catch {
			peaks.set(pid, [name, bytes]);
		}
	}
	return { peaks, treeBytes };
}

/**
 * Runs `command args` in `cwd` with `env` under the measuring wrapper and returns its figures;
 * throws with the end of stderr on failure.
 */
export async function measureBuild(
	command: string,
	args: string[],
	cwd: string,
	env: NodeJS.ProcessEnv,
): Promise<BuildFigures> {
	const wrapper = spawn(
		process.execPath,
		[fileURLToPath(import.meta.url), '--', command, ...args],
		{ cwd, env, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let stdout = '';
	let stderr = '';
	wrapper.stdout.on('data', (chunk) => (stdout += chunk));
	wrapper.stderr.on('data', (chunk) => (stderr += chunk));
	const code = await new Promise<number | null>((r) => wrapper.on('exit', r));
	if (code !== 0)
		throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stderr.slice(-3000)}`);
	return JSON.parse(stdout.trim().split('\n').at(-1)!) as BuildFigures;
}

/** The wrapper: runs the command once, prints its figures as one JSON line on stdout. */
async function runWrapped([command, ...args]: string[]): Promise<void> {
	const cpuBefore = await childrenCpuTicks();
	const started = performance.now();
	const child = spawn(command!, args, { stdio: ['ignore', 'ignore', 'inherit'] });
	const peaks = new Map<number, [string, number]>();
	let peakTree = 0;
	let running = true;
	const sampler = (async () => {
		while (running) {
			const sample = await sampleTree(child.pid!);
			for (const [pid, [name, bytes]] of sample.peaks) {
				if (bytes > (peaks.get(pid)?.[1] ?? 0)) peaks.set(pid, [name, bytes]);
			}
			peakTree = Math.max(peakTree, sample.treeBytes);
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	const code = await new Promise<number | null>((r) => child.on('exit', r));
	const wallSeconds = (performance.now() - started) / 1000;
	running = false;
	await sampler;
	if (code !== 0) process.exit(code ?? 1);
	const [peakProcess, peakBytes] = [...peaks.values()].reduce(
		(a, b) => (b[1] > a[1] ? b : a),
		['', 0],
	);
	const figures: BuildFigures = {
		wallSeconds,
		cpuSeconds: ((await childrenCpuTicks()) - cpuBefore) / TICKS_PER_SECOND,
		peakRssMb: peakBytes / MB,
		peakProcess,
		peakTreeMb: peakTree / MB,
	};
	console.log(JSON.stringify(figures));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--') {
	await runWrapped(process.argv.slice(3));
}
