import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  blockCount,
  compileNetwork,
  kernelSettings,
  mergeChunks,
  simulateBlocks,
  simulateCompiled,
  summarize,
  validateOptions,
  type ChunkResult,
  type KernelSettings,
  type Network,
  type SimulationOptions,
  type SimulationResult,
  type SimulationRun,
} from '../engine.ts';
import { UserError } from '../errors.ts';
import { planRuns } from './run-plan.ts';

/**
 * Below this many iterations a run stays on one thread: starting a worker (loading the bundle)
 * costs about as much as simulating 100k iterations of a small network.
 */
export const PARALLEL_MIN_ITERATIONS = 100_000;

/** Marks a simulation thread this module started, so the bundle serves instead of running the CLI. */
const WORKER_ROLE = 'fathom-simulation-worker';

/**
 * Blocks of a run for a worker to simulate. A job that is a whole run may carry its options to be
 * summarised there as well: only the statistics come back, and the calling thread, busy with its
 * own run, has one summary fewer to compute.
 */
type Job = {
  network: Network;
  settings: KernelSettings;
  firstBlock: number;
  count: number;
  summarizeWith?: SimulationOptions;
};

/** What a worker sends back: the samples of its blocks, or the whole run's statistics. */
type Reply = { chunk: ChunkResult } | { result: SimulationResult };

/** Every ArrayBuffer under a chunk result, to transfer rather than copy it. */
function buffersOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) buffersOf(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) buffersOf(item, found);
  }
  return [...found];
}

/**
 * The worker side: when this module runs in a simulation thread it started, simulate the blocks
 * of each job it is sent, in the order sent, and post them back. Called at the top of the CLI
 * bundle, which is also the worker's script; does nothing on the main thread.
 */
export function serveIfSimulationWorker(): void {
  const data = workerData as { role?: string } | null;
  if (isMainThread || data?.role !== WORKER_ROLE || !parentPort) return;
  const port = parentPort;
  port.on('message', ({ network, settings, firstBlock, count, summarizeWith }: Job) => {
    const net = compileNetwork(network);
    const chunk = simulateBlocks(net, settings, firstBlock, count);
    if (summarizeWith) {
      const { iterations } = summarizeWith;
      const result = summarize(net, mergeChunks(net, iterations, [chunk]), summarizeWith);
      port.postMessage({ result } satisfies Reply);
    } else {
      port.postMessage({ chunk } satisfies Reply, buffersOf(chunk));
    }
  });
}

/**
 * Idle simulation threads by script, kept for the next run of the same process: `fathom report`
 * simulates a plan two or more times (its mitigation counterpart, other scenarios), and a thread
 * that already ran the kernel runs it at full speed where a new one starts cold (V8 compiles the
 * kernel again in every thread). Idle threads are unreferenced, so they never keep the process
 * alive.
 */
const idle = new Map<string, Worker[]>();

function takeWorker(script: URL): Worker {
  const ready = idle.get(script.href)?.pop();
  if (ready) return ready;
  return new Worker(script, { workerData: { role: WORKER_ROLE } });
}

/**
 * Sends `jobs` to one simulation thread all at once (it simulates them in order) and gives a
 * promise of each reply. Sending a job only when the previous reply arrived would make the thread
 * wait for this one, which is busy simulating its own share and reads no message until it is done.
 * Every promise rejects if the thread cannot start, fails or stops.
 */
function runJobs(script: URL, jobs: readonly Job[]): Promise<Reply>[] {
  const settlers: { resolve: (reply: Reply) => void; reject: (error: unknown) => void }[] = [];
  const replies = jobs.map(
    () => new Promise<Reply>((resolve, reject) => settlers.push({ resolve, reject })),
  );
  let next = 0;
  const failRest = (error: unknown) => {
    for (; next < settlers.length; next++) settlers[next]!.reject(error);
  };
  let worker: Worker;
  try {
    worker = takeWorker(script);
  } catch (error) {
    failRest(error);
    return replies;
  }
  worker.ref();
  const settle = () => {
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
  };
  const onMessage = (reply: Reply) => {
    settlers[next++]!.resolve(reply);
    if (next < settlers.length) return;
    settle();
    worker.unref();
    const list = idle.get(script.href) ?? [];
    list.push(worker);
    idle.set(script.href, list);
  };
  const onError = (error: Error) => {
    settle();
    void worker.terminate();
    failRest(error);
  };
  const onExit = (code: number) => {
    settle();
    failRest(new Error(`a simulation thread stopped (exit code ${code})`));
  };
  worker.on('message', onMessage);
  worker.once('error', onError);
  worker.once('exit', onExit);
  for (const job of jobs) worker.postMessage(job);
  return replies;
}

/**
 * Threads to simulate on: `FATHOM_THREADS` when set (1 turns parallel runs off), else one per
 * core the process may use.
 */
export function threadCount(env: NodeJS.ProcessEnv): number {
  const text = env['FATHOM_THREADS'];
  if (text === undefined || text === '') return availableParallelism();
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new UserError(`FATHOM_THREADS must be a whole number from 1 to 256, got "${text}"`);
  }
  return n;
}

function chunkOf(reply: Reply): ChunkResult {
  if (!('chunk' in reply)) throw new Error('a simulation thread sent statistics for a chunk');
  return reply.chunk;
}

/**
 * `simulate()` with the run's blocks split across `threads` threads (`simulateRunsOnThreads` with
 * one run): the calling thread takes the first range (which holds the sample kept for
 * sensitivity) and worker threads running `script` (the CLI bundle) take the rest.
 */
export async function simulateOnThreads(
  network: Network,
  options: SimulationOptions,
  threads: number,
  script: URL,
): Promise<SimulationResult> {
  const [result] = await simulateRunsOnThreads([{ network, options }], threads, script);
  return result!;
}

const isFulfilled = <T>(outcome: PromiseSettledResult<T>): outcome is PromiseFulfilledResult<T> =>
  outcome.status === 'fulfilled';

/**
 * Several independent runs (a report's scenario, its mitigation counterpart, the other
 * scenarios) on `threads` threads at once, laid out by `planRuns`: with two runs on two threads
 * the calling thread simulates the first while a worker simulates the second. A worker that
 * simulates a run whole summarises it too; the rest are merged and summarised here. Results in
 * the order of `runs`, each identical to `simulate()`'s for that run (streams are keyed by global
 * block). A single run is split across every thread; when every run is below
 * `PARALLEL_MIN_ITERATIONS` they stay on this thread.
 */
export async function simulateRunsOnThreads(
  runs: readonly SimulationRun[],
  threads: number,
  script: URL,
): Promise<SimulationResult[]> {
  for (const run of runs) validateOptions(run.options);
  // Compiled here only when this thread simulates or summarises the run.
  const nets: ReturnType<typeof compileNetwork>[] = [];
  const netOf = (run: number) => (nets[run] ??= compileNetwork(runs[run]!.network));
  if (threads <= 1 || runs.every((run) => run.options.iterations < PARALLEL_MIN_ITERATIONS)) {
    return runs.map((run, i) => simulateCompiled(netOf(i), run.options));
  }
  const settings = runs.map((run) => kernelSettings(run.options));
  const plan = planRuns(
    runs.map((run) => blockCount(run.options.iterations)),
    threads,
  );
  const pieces = runs.map((_, run) => plan.flat().filter((piece) => piece.run === run).length);
  const replies: Promise<Reply>[][] = runs.map(() => []);
  for (const own of plan.slice(1)) {
    if (own.length === 0) continue;
    const jobs = own.map(({ run, firstBlock, count }): Job => {
      const job: Job = { network: runs[run]!.network, settings: settings[run]!, firstBlock, count };
      if (pieces[run] === 1) job.summarizeWith = runs[run]!.options;
      return job;
    });
    runJobs(script, jobs).forEach((reply, k) => replies[own[k]!.run]!.push(reply));
  }
  // Keep every rejection handled while this thread computes its own pieces.
  void Promise.allSettled(replies.flat());
  for (const { run, firstBlock, count } of plan[0]!) {
    const chunk = simulateBlocks(netOf(run), settings[run]!, firstBlock, count);
    replies[run]!.push(Promise.resolve({ chunk }));
  }
  const results: SimulationResult[] = [];
  for (const [i, run] of runs.entries()) {
    const outcomes = await Promise.allSettled(replies[i]!);
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
    const done = outcomes.filter(isFulfilled).map((o) => o.value);
    const whole = done.length === 1 ? done[0]! : undefined;
    if (whole && 'result' in whole) {
      results.push(whole.result);
      continue;
    }
    const chunks = done.map(chunkOf);
    results.push(
      summarize(netOf(i), mergeChunks(netOf(i), run.options.iterations, chunks), run.options),
    );
  }
  return results;
}
