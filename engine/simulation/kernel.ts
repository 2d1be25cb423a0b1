import { BLOCK_SIZE, CRITICAL_FLOAT_EPSILON, SENSITIVITY_SAMPLE } from '../constants.ts';
import { clampAtZero, fillSamples } from '../distributions/sample.ts';
import type { CompiledNetwork } from '../network/compile.ts';
import { streamFor } from '../random/stream.ts';
import type { ChunkResult, SampleColumns } from './chunk.ts';

/** Stream-key salts so a risk's occurrence, delay and cost draw from independent streams. */
const DELAY_SALT = 0x5bd1e995;
const COST_SALT = 0x27d4eb2f;
const FIXED_COST_SALT = 0x165667b1;

/** Kernel parameters shared by every chunk of one run. */
export type KernelSettings = { iterations: number; seed: number; mitigated: boolean };

/** Number of blocks a run of `iterations` needs. */
export function blockCount(iterations: number): number {
  return Math.ceil(iterations / BLOCK_SIZE);
}

function allocateSample(net: CompiledNetwork, offset: number, length: number): SampleColumns {
  const f32 = () => new Float32Array(length);
  return {
    offset,
    length,
    taskDuration: net.taskIds.map(f32),
    taskCost: net.taskIds.map(f32),
    taskStart: net.taskIds.map(f32),
    driverValue: net.driverIds.map(f32),
    riskFired: net.riskIds.map(() => new Uint8Array(length)),
  };
}

/**
 * Simulates blocks `[firstBlock, firstBlock + count)` of a run. Loops are laid out per task over a
 * block of iterations, on typed arrays; each (block, task) draws from its own stream, so the
 * result of a block does not depend on which chunk computes it.
 */
export function simulateBlocks(
  net: CompiledNetwork,
  settings: KernelSettings,
  firstBlock: number,
  count: number,
): ChunkResult {
  const { iterations, seed, mitigated } = settings;
  const B = BLOCK_SIZE;
  const nTasks = net.taskIds.length;
  const nDrivers = net.driverIds.length;
  const nRisks = net.riskIds.length;
  const nCategories = net.categories.length;
  const offset = Math.min(firstBlock * B, iterations);
  const end = Math.min((firstBlock + count) * B, iterations);
  const length = end - offset;

  const duration = new Float64Array(length);
  const cost = new Float64Array(length);
  const categoryCost = net.categories.map(() => new Float64Array(length));
  const criticalCount = new Float64Array(nTasks);
  const riskFiredCount = new Float64Array(nRisks);
  const sampleEnd = Math.min(end, SENSITIVITY_SAMPLE);
  const sample = offset < sampleEnd ? allocateSample(net, offset, sampleEnd - offset) : undefined;

  const dur = new Float64Array(nTasks * B);
  const fin = new Float64Array(nTasks * B);
  const late = new Float64Array(nTasks * B);
  const drv = new Float64Array(nDrivers * B);
  const rDelay = new Float64Array(nRisks * B);
  const rCost = new Float64Array(nRisks * B);
  const rFired = new Uint8Array(nRisks * B);
  const tmp = new Float64Array(B);
  const blockCost = new Float64Array(B);
  const blockCat = new Float64Array(nCategories * B);
  const projFin = new Float64Array(B);
  const {
    rate,
    predStart,
    predIndex,
    succStart,
    succIndex,
    driverStart,
    driverIndex,
    riskStart,
    riskIndex,
  } = net;

  for (let block = firstBlock; block < firstBlock + count; block++) {
    const base = block * B;
    const n = Math.min(B, iterations - base);
    if (n <= 0) break;
    const out = base - offset;
    blockCost.fill(0, 0, n);
    blockCat.fill(0);
    projFin.fill(0, 0, n);

    for (let d = 0; d < nDrivers; d++) {
      const rng = streamFor(seed, block, net.driverKey[d]!);
      fillSamples(net.driverMultiplier[d]!, rng, drv, d * B, n);
      clampAtZero(drv, d * B, n);
    }

    for (let r = 0; r < nRisks; r++) {
      const o = r * B;
      const p = mitigated ? net.riskProbabilityMitigated[r]! : net.riskProbability[r]!;
      const occurrence = streamFor(seed, block, net.riskKey[r]!);
      for (let b = 0; b < n; b++) rFired[o + b] = occurrence.nextFloat() < p ? 1 : 0;
      const delay = net.riskDelay[r];
      if (delay)
        fillSamples(delay, streamFor(seed, block, net.riskKey[r]! ^ DELAY_SALT), rDelay, o, n);
      else rDelay.fill(0, o, o + n);
      const impact = net.riskCost[r];
      if (impact)
        fillSamples(impact, streamFor(seed, block, net.riskKey[r]! ^ COST_SALT), rCost, o, n);
      else rCost.fill(0, o, o + n);
      let fired = 0;
      for (let b = 0; b < n; b++) {
        if (rFired[o + b] === 0) {
          rDelay[o + b] = 0;
          rCost[o + b] = 0;
        } else fired++;
      }
      riskFiredCount[r] = riskFiredCount[r]! + fired;
      const mitigation = mitigated ? net.riskMitigationCost[r]! : 0;
      const cat = net.riskCategory[r]! * B;
      for (let b = 0; b < n; b++) {
        const c = rCost[o + b]! + mitigation;
        blockCost[b] = blockCost[b]! + c;
        blockCat[cat + b] = blockCat[cat + b]! + c;
      }
    }

    // Forward pass, one fused loop per task: duration (clamped, times its drivers, plus risk
    // delays), earliest finish = max(predecessors' finish) + duration, and cost.
    for (let t = 0; t < nTasks; t++) {
      const o = t * B;
      fillSamples(net.duration[t]!, streamFor(seed, block, net.taskKey[t]!), dur, o, n);
      const d0 = driverStart[t]!;
      const d1 = driverStart[t + 1]!;
      const r0 = riskStart[t]!;
      const r1 = riskStart[t + 1]!;
      const p0 = predStart[t]!;
      const p1 = predStart[t + 1]!;
      const taskRate = rate[t]!;
      const cat = net.taskCategory[t]! * B;
      const fixed = net.fixedCost[t];
      if (fixed) {
        fillSamples(fixed, streamFor(seed, block, net.taskKey[t]! ^ FIXED_COST_SALT), tmp, 0, n);
      } else tmp.fill(0, 0, n);
      for (let b = 0; b < n; b++) {
        let x = dur[o + b]!;
        if (x < 0) x = 0;
        for (let k = d0; k < d1; k++) x *= drv[driverIndex[k]! * B + b]!;
        if (r0 < r1) {
          for (let k = r0; k < r1; k++) x += rDelay[riskIndex[k]! * B + b]!;
          if (x < 0) x = 0;
        }
        dur[o + b] = x;
        let start = 0;
        for (let k = p0; k < p1; k++) {
          const f = fin[predIndex[k]! * B + b]!;
          if (f > start) start = f;
        }
        fin[o + b] = start + x;
        let oneOff = tmp[b]!;
        if (oneOff < 0) oneOff = 0;
        tmp[b] = oneOff;
        const c = x * taskRate + oneOff;
        blockCost[b] = blockCost[b]! + c;
        blockCat[cat + b] = blockCat[cat + b]! + c;
      }
      if (succStart[t] === succStart[t + 1]) {
        for (let b = 0; b < n; b++) if (fin[o + b]! > projFin[b]!) projFin[b] = fin[o + b]!;
      }
      if (sample && base < sample.offset + sample.length) {
        const from = Math.max(base, sample.offset);
        const to = Math.min(base + n, sample.offset + sample.length);
        const sd = sample.taskDuration[t]!;
        const sc = sample.taskCost[t]!;
        const ss = sample.taskStart[t]!;
        for (let i = from; i < to; i++) {
          const b = i - base;
          const j = i - sample.offset;
          sd[j] = dur[o + b]!;
          sc[j] = dur[o + b]! * taskRate + tmp[b]!;
          ss[j] = fin[o + b]! - dur[o + b]!;
        }
      }
    }

    // Backward pass: latest finish = min(successors' latest start); a task whose float is
    // (relatively) zero is critical in that iteration.
    for (let t = nTasks - 1; t >= 0; t--) {
      const o = t * B;
      const s0 = succStart[t]!;
      const s1 = succStart[t + 1]!;
      let critical = 0;
      for (let b = 0; b < n; b++) {
        const end = projFin[b]!;
        let lf = end;
        for (let k = s0; k < s1; k++) {
          const sOff = succIndex[k]! * B + b;
          const ls = late[sOff]! - dur[sOff]!;
          if (ls < lf) lf = ls;
        }
        late[o + b] = lf;
        if (lf - fin[o + b]! <= CRITICAL_FLOAT_EPSILON * end) critical++;
      }
      criticalCount[t] = criticalCount[t]! + critical;
    }

    for (let b = 0; b < n; b++) {
      duration[out + b] = projFin[b]!;
      cost[out + b] = blockCost[b]!;
    }
    for (let c = 0; c < nCategories; c++)
      categoryCost[c]!.set(blockCat.subarray(c * B, c * B + n), out);

    if (sample && base < sample.offset + sample.length) {
      const from = Math.max(base, sample.offset);
      const to = Math.min(base + n, sample.offset + sample.length);
      for (let d = 0; d < nDrivers; d++) {
        sample.driverValue[d]!.set(
          drv.subarray(d * B + from - base, d * B + to - base),
          from - sample.offset,
        );
      }
      for (let r = 0; r < nRisks; r++) {
        sample.riskFired[r]!.set(
          rFired.subarray(r * B + from - base, r * B + to - base),
          from - sample.offset,
        );
      }
    }
  }

  return {
    firstBlock,
    blockCount: count,
    offset,
    length,
    duration,
    cost,
    categoryCost,
    criticalCount,
    riskFiredCount,
    sample,
  };
}
