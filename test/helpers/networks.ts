/*
 * Task networks for simulation tests: small builders, fast-check arbitraries, and a way to get the
 * per-iteration samples of a run (the kernel's output before any statistics).
 */
import fc from 'fast-check';
import {
  compileNetwork,
  kernelSettings,
  mergeChunks,
  planChunks,
  simulateBlocks,
  type CompiledNetwork,
  type Distribution,
  type Network,
  type RunSamples,
  type SimulationOptions,
  type Task,
} from '../../engine/index.ts';

export const fixed = (value: number): Distribution => ({ type: 'fixed', value });
export const pert = (min: number, mode: number, max: number): Distribution => ({
  type: 'pert',
  min,
  mode,
  max,
});
export const uniform = (min: number, max: number): Distribution => ({ type: 'uniform', min, max });

/** Runs the kernel over every block (in chunks of `blocksPerChunk`) and merges the chunks. */
export function runSamples(
  network: Network | CompiledNetwork,
  options: SimulationOptions,
  blocksPerChunk = 16,
): { net: CompiledNetwork; samples: RunSamples } {
  const net = 'taskIds' in network ? network : compileNetwork(network);
  const settings = kernelSettings(options);
  const chunks = planChunks(options.iterations, blocksPerChunk).map((plan) =>
    simulateBlocks(net, settings, plan.firstBlock, plan.blockCount),
  );
  return { net, samples: mergeChunks(net, options.iterations, chunks) };
}

/** A valid duration distribution with positive scale, of every type the kernel samples. */
export const durationArbitrary: fc.Arbitrary<Distribution> = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map(fixed),
  fc
    .tuple(
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 1, max: 20 }),
    )
    .map(([min, toMode, toMax]) => pert(min, min + Math.min(toMode, toMax), min + toMax)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 20 }),
    )
    .map(([min, toMode, toMax]): Distribution => ({
      type: 'triangular',
      min,
      mode: min + Math.min(toMode, toMax),
      max: min + toMax,
    })),
  fc
    .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
    .map(([min, width]) => uniform(min, min + width)),
  fc
    .tuple(
      fc.double({ min: 0.5, max: 10, noNaN: true }),
      fc.double({ min: 1, max: 4, noNaN: true }),
    )
    .map(([p5, ratio]): Distribution => ({ type: 'lognormal', p5, p95: p5 * ratio })),
  // Normal ranges reaching below 0: draws are clamped at zero.
  fc
    .tuple(fc.integer({ min: -5, max: 10 }), fc.integer({ min: 0, max: 10 }))
    .map(([p5, width]): Distribution => ({ type: 'normal', p5, p95: p5 + width })),
);

/**
 * A random acyclic network of 1–8 tasks (each depends on a random subset of earlier ones), given
 * to the engine in a shuffled order, with up to two drivers on random tasks.
 */
export const networkArbitrary: fc.Arbitrary<Network> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      durations: fc.array(durationArbitrary, { minLength: n, maxLength: n }),
      rates: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }),
      deps: fc.array(fc.array(fc.nat({ max: 1000 }), { maxLength: 3 }), {
        minLength: n,
        maxLength: n,
      }),
      order: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
      drivers: fc.array(
        fc.record({
          multiplier: fc.oneof(
            fc.constant(fixed(1.5)),
            fc
              .tuple(
                fc.double({ min: 0.5, max: 1, noNaN: true }),
                fc.double({ min: 1, max: 2, noNaN: true }),
              )
              .map(([p5, p95]): Distribution => ({ type: 'lognormal', p5, p95 })),
          ),
          tasks: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 3 }),
        }),
        { maxLength: 2 },
      ),
    }),
  )
  .map(({ durations, rates, deps, order, drivers }) => {
    const n = durations.length;
    const tasks: Task[] = durations.map((duration, i) => ({
      id: `t${i}`,
      duration,
      rate: rates[i]!,
      dependsOn: i === 0 ? [] : [...new Set(deps[i]!.map((d) => `t${d % i}`))],
    }));
    return {
      tasks: order.map((i) => tasks[i]!),
      drivers: drivers.map((d, k) => ({
        id: `d${k}`,
        multiplier: d.multiplier,
        tasks: [...new Set(d.tasks.map((t) => `t${t % n}`))],
      })),
    };
  });

/** Ids of the tasks nothing depends on. */
export function sinkIds(network: Network): string[] {
  const used = new Set(network.tasks.flatMap((t) => t.dependsOn ?? []));
  return network.tasks.filter((t) => !used.has(t.id)).map((t) => t.id);
}

/** The distribution with every value multiplied by k > 0. */
export function scaled(dist: Distribution, k: number): Distribution {
  switch (dist.type) {
    case 'fixed':
      return { type: 'fixed', value: dist.value * k };
    case 'pert':
    case 'triangular':
      return { type: dist.type, min: dist.min * k, mode: dist.mode * k, max: dist.max * k };
    case 'uniform':
      return { type: 'uniform', min: dist.min * k, max: dist.max * k };
    case 'normal':
    case 'lognormal':
      return { type: dist.type, p5: dist.p5 * k, p95: dist.p95 * k };
    case 'bernoulli':
      throw new Error('bernoulli is not a duration');
    default:
      return dist satisfies never;
  }
}
