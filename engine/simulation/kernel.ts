import { BLOCK_SIZE, CRITICAL_FLOAT_EPSILON, SENSITIVITY_SAMPLE } from '../constants.ts';
import { clampAtZero, fillSamples } from '../distributions/sample.ts';
import { GATE_KEY, SHOCK_KEY, type CompiledNetwork } from '../network/compile.ts';
import type { Sfc32 } from '../random/sfc32.ts';
import { streamFor } from '../random/stream.ts';
import type { ChunkResult, SampleColumns } from './chunk.ts';

/** Stream-key salts so that draws about one thing come from independent streams. */
const DELAY_SALT = 0x5bd1e995;
const COST_SALT = 0x27d4eb2f;
const FIXED_COST_SALT = 0x165667b1;

/**
 * Kernel parameters shared by every chunk of one run. `taskSamples` (default true) keeps the
 * per-task sample columns that sensitivity and per-task statistics need; the headline estimate
 * does without them and keeps only the per-phase columns of its Gantt. `outcomeOnly` (default
 * false) also skips the backward pass (criticality) and the running costs, for a run of which
 * only duration, build cost and the risks' firing are read (a report's mitigation counterpart);
 * every draw comes from its own stream, so those numbers are the same as a full run's.
 */
export type KernelSettings = {
  iterations: number;
  seed: number;
  mitigated: boolean;
  taskSamples?: boolean;
  outcomeOnly?: boolean;
};

/** Per-block scratch arrays; every value is written before it is read in each block. */
type Workspace = {
  dur: Float64Array;
  fin: Float64Array;
  /** Latest start of each task (latest finish − duration), written by the backward pass. */
  lateStart: Float64Array;
  taskCost: Float64Array;
  drv: Float64Array;
  rDelay: Float64Array;
  rCost: Float64Array;
  rFired: Uint8Array;
  recMult: Float64Array;
  tmp: Float64Array;
  blockCost: Float64Array;
  blockStopped: Float64Array;
  blockCat: Float64Array;
  projFin: Float64Array;
  shockSchedule: Float64Array;
  shockCost: Float64Array;
};

/**
 * One workspace for every run on this thread (the kernel is synchronous, so runs never share it
 * at the same time), grown when a larger network comes along. The app compiles a new network on
 * every edit; allocating and zeroing ~3 MB per run at 40 tasks (13 MB at 200) cost 5–10% of a
 * 10k-iteration estimate in allocation and garbage collection (bench/).
 */
let shared: Workspace | undefined;

function workspaceFor(net: CompiledNetwork): Workspace {
  const B = BLOCK_SIZE;
  const need = (array: Float64Array | Uint8Array | undefined, rows: number) =>
    array === undefined || array.length < rows * B;
  const nTasks = net.taskIds.length;
  const ws = shared;
  if (
    ws === undefined ||
    need(ws.dur, nTasks) ||
    need(ws.drv, net.driverIds.length) ||
    need(ws.rDelay, net.riskIds.length) ||
    need(ws.recMult, net.recurringIds.length) ||
    need(ws.blockCat, net.categories.length)
  ) {
    const rows = (count: number, current: Float64Array | Uint8Array | undefined) =>
      Math.max(count, current ? current.length / B : 0);
    const tasks = rows(nTasks, ws?.dur);
    const drivers = rows(net.driverIds.length, ws?.drv);
    const risks = rows(net.riskIds.length, ws?.rDelay);
    const recurring = rows(net.recurringIds.length, ws?.recMult);
    const categories = rows(net.categories.length, ws?.blockCat);
    shared = {
      dur: new Float64Array(tasks * B),
      fin: new Float64Array(tasks * B),
      lateStart: new Float64Array(tasks * B),
      taskCost: new Float64Array(tasks * B),
      drv: new Float64Array(drivers * B),
      rDelay: new Float64Array(risks * B),
      rCost: new Float64Array(risks * B),
      rFired: new Uint8Array(risks * B),
      recMult: new Float64Array(recurring * B),
      tmp: new Float64Array(B),
      blockCost: new Float64Array(B),
      blockStopped: new Float64Array(B),
      blockCat: new Float64Array(categories * B),
      projFin: new Float64Array(B),
      shockSchedule: new Float64Array(B),
      shockCost: new Float64Array(B),
    };
  }
  return shared!;
}

/** Number of blocks a run of `iterations` needs. */
export function blockCount(iterations: number): number {
  return Math.ceil(iterations / BLOCK_SIZE);
}

/**
 * An empty list of columns of the same kind as a full one. A `[]` literal is a list of small
 * integers to V8, and a sample holding one where another run's held columns made it discard the
 * optimised code of every kernel stage that reads the sample (headline runs follow full ones in a
 * report).
 */
function noColumns(): Float32Array[] {
  const columns = [new Float32Array(0)];
  columns.pop();
  return columns;
}

function allocateSample(
  net: CompiledNetwork,
  offset: number,
  length: number,
  taskSamples: boolean,
): SampleColumns {
  const f32 = () => new Float32Array(length);
  const perTask = () => (taskSamples ? net.taskIds.map(f32) : noColumns());
  return {
    offset,
    length,
    taskDuration: perTask(),
    taskCost: perTask(),
    taskStart: perTask(),
    phaseStart: net.phases.map(() => new Float32Array(length).fill(Number.POSITIVE_INFINITY)),
    phaseFinish: net.phases.map(f32),
    phaseCost: net.phases.map(f32),
    driverValue: net.driverIds.map(f32),
    riskFired: net.riskIds.map(() => new Uint8Array(length)),
    recurringMultiplier: net.recurringIds.map(f32),
  };
}

/** Copies `values[from - base, to - base)` of a block into a sample column. */
function toSample<T extends Float32Array | Uint8Array>(
  column: T,
  values: Float64Array | Uint8Array,
  valuesOffset: number,
  base: number,
  from: number,
  to: number,
  sampleOffset: number,
): void {
  for (let i = from; i < to; i++) column[i - sampleOffset] = values[valuesOffset + i - base]!;
}

/**
 * One block in flight: what its stages share. The stages are separate functions on purpose: V8
 * optimises each small loop nest on its own as soon as it is hot, where one large function was
 * recompiled (150–400 ms of compilation each time) whenever a branch it had not yet seen ran,
 * which tripled the first run of a fresh process (the CLI, the app's first estimate).
 */
type Block = {
  readonly net: CompiledNetwork;
  readonly ws: Workspace;
  readonly seed: number;
  readonly mitigated: boolean;
  /** Global block index, its first iteration and its number of iterations. */
  block: number;
  base: number;
  n: number;
};

/** The outside view: a project-wide shock, else the baseline multiplier. Returns the hits. */
function drawShock(k: Block): number {
  const { net, ws, seed, block, n } = k;
  const shock = net.shock!;
  const { shockCost, shockSchedule, tmp } = ws;
  let hits = 0;
  const rng = streamFor(seed, block, SHOCK_KEY);
  for (let b = 0; b < n; b++) shockCost[b] = rng.nextFloat() < shock.probability ? 1 : 0;
  fillSamples(shock.schedule, streamFor(seed, block, SHOCK_KEY ^ DELAY_SALT), shockSchedule, 0, n);
  fillSamples(shock.cost, streamFor(seed, block, SHOCK_KEY ^ COST_SALT), tmp, 0, n);
  for (let b = 0; b < n; b++) {
    if (shockCost[b] === 1) {
      hits++;
      shockSchedule[b] = Math.max(0, shockSchedule[b]!);
      shockCost[b] = Math.max(0, tmp[b]!);
    } else {
      shockSchedule[b] = shock.otherwise;
      shockCost[b] = 1;
    }
  }
  return hits;
}

function drawDrivers(k: Block): void {
  const { net, ws, seed, block, n } = k;
  const B = BLOCK_SIZE;
  for (let d = 0; d < net.driverIds.length; d++) {
    fillSamples(
      net.driverMultiplier[d]!,
      streamFor(seed, block, net.driverKey[d]!),
      ws.drv,
      d * B,
      n,
    );
    clampAtZero(ws.drv, d * B, n);
  }
}

/** Risk events: whether each fires, its delay and its cost; adds costs to the block's totals. */
function drawRisks(k: Block, riskFiredCount: Float64Array): void {
  const { net, ws, seed, block, n, mitigated } = k;
  const { rFired, rDelay, rCost } = ws;
  const B = BLOCK_SIZE;
  const { inGateCone, gateTask } = net;
  for (let r = 0; r < net.riskIds.length; r++) {
    const o = r * B;
    const p = mitigated ? net.riskProbabilityMitigated[r]! : net.riskProbability[r]!;
    // Occurrence, delay and cost have their own streams, so the pre- and post-mitigation runs
    // draw the same impacts (common random numbers) and differ only where the risk fires.
    drawOccurrences(streamFor(seed, block, net.riskKey[r]!), p, rFired, o, n);
    const delay = net.riskDelay[r];
    if (delay)
      fillSamples(delay, streamFor(seed, block, net.riskKey[r]! ^ DELAY_SALT), rDelay, o, n);
    else rDelay.fill(0, o, o + n);
    const impact = net.riskCost[r];
    if (impact)
      fillSamples(impact, streamFor(seed, block, net.riskKey[r]! ^ COST_SALT), rCost, o, n);
    else rCost.fill(0, o, o + n);
    riskFiredCount[r] = riskFiredCount[r]! + keepFiredImpacts(rFired, rDelay, rCost, o, n);
    const mitigation = mitigated ? net.riskMitigationCost[r]! : 0;
    const cat = net.riskCategory[r]! * B;
    const t = net.riskTask[r]!;
    const stops = t >= 0 && inGateCone[t] === 1 && gateTask >= 0;
    addRiskCosts(ws, rCost, o, mitigation, cat, stops, n);
  }
}

/*
 * The loops over a block's iterations are functions of their own. A fresh process (the CLI)
 * optimises a long loop while it runs, from the feedback gathered so far, and a stage holding
 * several loops was recompiled five to nine times per thread as its later loops and the other
 * tasks' branches were reached; a one-loop function has its feedback after its first call.
 */

function drawOccurrences(rng: Sfc32, p: number, fired: Uint8Array, o: number, n: number): void {
  for (let b = 0; b < n; b++) fired[o + b] = rng.nextFloat() < p ? 1 : 0;
}

/** Zeroes the delay and cost where the risk did not fire; returns how often it fired. */
function keepFiredImpacts(
  rFired: Uint8Array,
  rDelay: Float64Array,
  rCost: Float64Array,
  o: number,
  n: number,
): number {
  let fired = 0;
  for (let b = 0; b < n; b++) {
    if (rFired[o + b] === 0) {
      rDelay[o + b] = 0;
      rCost[o + b] = 0;
    } else fired++;
  }
  return fired;
}

function addRiskCosts(
  ws: Workspace,
  rCost: Float64Array,
  o: number,
  mitigation: number,
  cat: number,
  stops: boolean,
  n: number,
): void {
  const { blockCost, blockCat, blockStopped } = ws;
  for (let b = 0; b < n; b++) {
    const c = rCost[o + b]! + mitigation;
    blockCost[b] = blockCost[b]! + c;
    blockCat[cat + b] = blockCat[cat + b]! + c;
    if (stops) blockStopped[b] = blockStopped[b]! + c;
  }
}

/**
 * Forward pass, one fused loop per task: duration (clamped, times its drivers and the shock,
 * plus risk delays), earliest finish = max(predecessors' finish) + duration, and cost.
 */
function forwardPass(k: Block): void {
  const { net, ws, seed, block, n } = k;
  const { dur, taskCost, tmp, blockStopped, projFin, fin } = ws;
  const B = BLOCK_SIZE;
  const { succStart, inGateCone, gateTask } = net;
  const shocked = net.shock !== undefined;
  for (let t = 0; t < net.taskIds.length; t++) {
    const o = t * B;
    fillSamples(net.duration[t]!, streamFor(seed, block, net.taskKey[t]!), dur, o, n);
    const fixed = net.fixedCost[t];
    if (fixed)
      fillSamples(fixed, streamFor(seed, block, net.taskKey[t]! ^ FIXED_COST_SALT), tmp, 0, n);
    else tmp.fill(0, 0, n);
    forwardTask(net, ws, t, shocked, n);
    if (gateTask >= 0 && inGateCone[t] === 1) {
      // Work done by the go/no-go decision; span shares up to the gate are added below.
      addColumnTo(blockStopped, taskCost, o, n);
    }
    if (succStart[t] === succStart[t + 1]) raiseToColumn(projFin, fin, o, n);
  }
}

/** One task over the block: its durations, earliest finishes and costs. */
function forwardTask(
  net: CompiledNetwork,
  ws: Workspace,
  t: number,
  shocked: boolean,
  n: number,
): void {
  const { dur, fin, taskCost, drv, rDelay, tmp, shockSchedule } = ws;
  const B = BLOCK_SIZE;
  const { predIndex, driverIndex, riskIndex, driverScalesCost } = net;
  const o = t * B;
  const d0 = net.driverStart[t]!;
  const d1 = net.driverStart[t + 1]!;
  const r0 = net.riskStart[t]!;
  const r1 = net.riskStart[t + 1]!;
  const p0 = net.predStart[t]!;
  const p1 = net.predStart[t + 1]!;
  const taskRate = net.rate[t]!;
  for (let b = 0; b < n; b++) {
    let x = dur[o + b]!;
    if (x < 0) x = 0;
    let oneOff = tmp[b]!;
    if (oneOff < 0) oneOff = 0;
    for (let j = d0; j < d1; j++) {
      const d = driverIndex[j]!;
      const m = drv[d * B + b]!;
      x *= m;
      if (driverScalesCost[d] === 1) oneOff *= m;
    }
    if (shocked) x *= shockSchedule[b]!;
    if (r0 < r1) {
      for (let j = r0; j < r1; j++) x += rDelay[riskIndex[j]! * B + b]!;
      if (x < 0) x = 0;
    }
    dur[o + b] = x;
    let start = 0;
    for (let j = p0; j < p1; j++) {
      const f = fin[predIndex[j]! * B + b]!;
      if (f > start) start = f;
    }
    fin[o + b] = start + x;
    taskCost[o + b] = x * taskRate + oneOff;
  }
}

/** `total[b] += column[o + b]` over the block. */
function addColumnTo(total: Float64Array, column: Float64Array, o: number, n: number): void {
  for (let b = 0; b < n; b++) total[b] = total[b]! + column[o + b]!;
}

/** `most[b] = max(most[b], column[o + b])` over the block. */
function raiseToColumn(most: Float64Array, column: Float64Array, o: number, n: number): void {
  for (let b = 0; b < n; b++) if (column[o + b]! > most[b]!) most[b] = column[o + b]!;
}

/**
 * Span charges (dedicated people): paid from their first task's start to the finish, the amount
 * spread over their tasks in proportion to duration.
 */
function chargeSpans(k: Block): void {
  const { net, ws, n } = k;
  for (let s = 0; s < net.spanIds.length; s++) chargeSpan(net, ws, s, n);
}

function chargeSpan(net: CompiledNetwork, ws: Workspace, s: number, n: number): void {
  const { dur, fin, taskCost, blockStopped, projFin } = ws;
  const B = BLOCK_SIZE;
  const gateTask = net.gateTask;
  const k0 = net.spanTaskStart[s]!;
  const k1 = net.spanTaskStart[s + 1]!;
  const spanRate = net.spanRate[s]!;
  const gateFinishOffset = gateTask * B;
  for (let b = 0; b < n; b++) {
    let first = Number.POSITIVE_INFINITY;
    let total = 0;
    for (let j = k0; j < k1; j++) {
      const o = net.spanTaskIndex[j]! * B + b;
      const startAt = fin[o]! - dur[o]!;
      if (startAt < first) first = startAt;
      total += dur[o]!;
    }
    const amount = spanRate * (projFin[b]! - first);
    if (gateTask >= 0) {
      const untilGate = fin[gateFinishOffset + b]! - first;
      if (untilGate > 0) blockStopped[b] = blockStopped[b]! + spanRate * untilGate;
    }
    if (total > 0) {
      const perDay = amount / total;
      for (let j = k0; j < k1; j++) {
        const o = net.spanTaskIndex[j]! * B + b;
        taskCost[o] = taskCost[o]! + dur[o]! * perDay;
      }
    } else {
      // Every task of the span took no time: charge the span to its first task.
      const o = net.spanTaskIndex[k0]! * B + b;
      taskCost[o] = taskCost[o]! + amount;
    }
  }
}

/** Task costs into the block's total and categories. */
function addTaskCosts(k: Block): void {
  const { net, ws, n } = k;
  const { taskCost, blockCost, blockCat } = ws;
  const B = BLOCK_SIZE;
  for (let t = 0; t < net.taskIds.length; t++) {
    const o = t * B;
    addCost(taskCost, o, blockCost, blockCat, net.taskCategory[t]! * B, n);
  }
}

/** Adds a cost column to the block's total and to its category's column (from `cat`). */
function addCost(
  column: Float64Array,
  o: number,
  blockCost: Float64Array,
  blockCat: Float64Array,
  cat: number,
  n: number,
): void {
  for (let b = 0; b < n; b++) {
    const c = column[o + b]!;
    blockCost[b] = blockCost[b]! + c;
    blockCat[cat + b] = blockCat[cat + b]! + c;
  }
}

/**
 * Keeps iterations `[from, to)` of the block in the sample: each phase's earliest start, latest
 * finish and summed cost, and with `taskSamples` each task's duration, cost and start.
 */
function keepTaskSamples(
  k: Block,
  sample: SampleColumns,
  from: number,
  to: number,
  taskSamples: boolean,
): void {
  const { net, ws, base } = k;
  const { dur, taskCost } = ws;
  const B = BLOCK_SIZE;
  for (let t = 0; t < net.taskIds.length; t++) {
    const o = t * B;
    keepPhase(ws, sample, net.taskPhase[t]!, o, base, from, to);
    if (taskSamples) {
      toSample(sample.taskDuration[t]!, dur, o, base, from, to, sample.offset);
      toSample(sample.taskCost[t]!, taskCost, o, base, from, to, sample.offset);
      keepStarts(ws, sample.taskStart[t]!, o, base, from, to, sample.offset);
    }
  }
}

/** Widens phase `p`'s span to the task at `o` and adds its cost, for iterations `[from, to)`. */
function keepPhase(
  ws: Workspace,
  sample: SampleColumns,
  p: number,
  o: number,
  base: number,
  from: number,
  to: number,
): void {
  const { dur, fin, taskCost } = ws;
  const phaseStart = sample.phaseStart[p]!;
  const phaseFinish = sample.phaseFinish[p]!;
  const phaseCost = sample.phaseCost[p]!;
  for (let i = from; i < to; i++) {
    const b = i - base;
    const j = i - sample.offset;
    const finish = fin[o + b]!;
    const start = finish - dur[o + b]!;
    if (start < phaseStart[j]!) phaseStart[j] = start;
    if (finish > phaseFinish[j]!) phaseFinish[j] = finish;
    phaseCost[j] = phaseCost[j]! + taskCost[o + b]!;
  }
}

function keepStarts(
  ws: Workspace,
  taskStart: Float32Array,
  o: number,
  base: number,
  from: number,
  to: number,
  sampleOffset: number,
): void {
  const { dur, fin } = ws;
  for (let i = from; i < to; i++) {
    const b = i - base;
    taskStart[i - sampleOffset] = fin[o + b]! - dur[o + b]!;
  }
}

/**
 * Backward pass: latest finish = min(successors' latest start); a task whose float is
 * (relatively) zero is critical in that iteration.
 */
function backwardPass(k: Block, criticalCount: Float64Array): void {
  const { net, ws, n } = k;
  for (let t = net.taskIds.length - 1; t >= 0; t--) {
    criticalCount[t] = criticalCount[t]! + backwardTask(net, ws, t, n);
  }
}

/** One task over the block: its latest starts; returns in how many iterations it is critical. */
function backwardTask(net: CompiledNetwork, ws: Workspace, t: number, n: number): number {
  const { dur, fin, lateStart, projFin } = ws;
  const B = BLOCK_SIZE;
  const { succIndex } = net;
  const o = t * B;
  const s0 = net.succStart[t]!;
  const s1 = net.succStart[t + 1]!;
  let critical = 0;
  for (let b = 0; b < n; b++) {
    const finish = projFin[b]!;
    let lf = finish;
    for (let j = s0; j < s1; j++) {
      const ls = lateStart[succIndex[j]! * B + b]!;
      if (ls < lf) lf = ls;
    }
    lateStart[o + b] = lf - dur[o + b]!;
    if (lf - fin[o + b]! <= CRITICAL_FLOAT_EPSILON * finish) critical++;
  }
  return critical;
}

/** The shock's cost multiplier scales the build cost and its categories. */
function applyShockCost(k: Block): void {
  const { net, ws, n } = k;
  const { blockCost, blockCat, shockCost } = ws;
  const B = BLOCK_SIZE;
  for (let b = 0; b < n; b++) blockCost[b] = blockCost[b]! * shockCost[b]!;
  for (let c = 0; c < net.categories.length; c++) {
    const o = c * B;
    for (let b = 0; b < n; b++) blockCat[o + b] = blockCat[o + b]! * shockCost[b]!;
  }
}

/** Running costs after launch: one multiplier draw per stream and iteration. */
function addRunningCosts(
  k: Block,
  out: number,
  runCost: Float64Array,
  runCategoryCost: Float64Array[],
): void {
  const { net, ws, seed, block, n } = k;
  const { recMult } = ws;
  const B = BLOCK_SIZE;
  for (let r = 0; r < net.recurringIds.length; r++) {
    const o = r * B;
    const multiplier = net.recurringMultiplier[r];
    if (multiplier) {
      fillSamples(multiplier, streamFor(seed, block, net.recurringKey[r]!), recMult, o, n);
      clampAtZero(recMult, o, n);
    } else recMult.fill(1, o, o + n);
    const runColumn = runCategoryCost[net.recurringCategory[r]!]!;
    addRecurring(net.recurringTotal[r]!, recMult, o, runCost, runColumn, out, n);
  }
}

function addRecurring(
  total: number,
  recMult: Float64Array,
  o: number,
  runCost: Float64Array,
  runColumn: Float64Array,
  out: number,
  n: number,
): void {
  for (let b = 0; b < n; b++) {
    const c = total * recMult[o + b]!;
    runCost[out + b] = runCost[out + b]! + c;
    runColumn[out + b] = runColumn[out + b]! + c;
  }
}

/** The go/no-go decision: returns the no-go count; records the cost spent by the decision. */
function decideGate(k: Block, out: number, stoppedCost: Float64Array): number {
  const { net, ws, seed, block, n } = k;
  const { blockStopped, shockCost } = ws;
  const shocked = net.shock !== undefined;
  const rng = streamFor(seed, block, GATE_KEY);
  const p = net.gateNoGoProbability;
  const noGo = countBelow(rng, p, n);
  copyStopped(blockStopped, shocked ? shockCost : undefined, stoppedCost, out, n);
  return noGo;
}

/** How many of `n` uniform draws fall below `p`. */
function countBelow(rng: Sfc32, p: number, n: number): number {
  let count = 0;
  for (let b = 0; b < n; b++) if (rng.nextFloat() < p) count++;
  return count;
}

function copyStopped(
  blockStopped: Float64Array,
  shockCost: Float64Array | undefined,
  stoppedCost: Float64Array,
  out: number,
  n: number,
): void {
  for (let b = 0; b < n; b++)
    stoppedCost[out + b] = blockStopped[b]! * (shockCost ? shockCost[b]! : 1);
}

/** Copies the block's driver, risk and running-cost draws of iterations `[from, to)` to the sample. */
function keepInputSamples(k: Block, sample: SampleColumns, from: number, to: number): void {
  const { net, ws, base } = k;
  const B = BLOCK_SIZE;
  for (let d = 0; d < net.driverIds.length; d++)
    toSample(sample.driverValue[d]!, ws.drv, d * B, base, from, to, sample.offset);
  for (let r = 0; r < net.riskIds.length; r++)
    toSample(sample.riskFired[r]!, ws.rFired, r * B, base, from, to, sample.offset);
  for (let r = 0; r < net.recurringIds.length; r++)
    toSample(sample.recurringMultiplier[r]!, ws.recMult, r * B, base, from, to, sample.offset);
}

/**
 * Simulates blocks `[firstBlock, firstBlock + count)` of a run. Loops are laid out per task over a
 * block of iterations, on typed arrays; each (block, thing drawn) has its own stream, so the result
 * of a block does not depend on which chunk computes it.
 */
export function simulateBlocks(
  net: CompiledNetwork,
  settings: KernelSettings,
  firstBlock: number,
  count: number,
): ChunkResult {
  const { iterations, seed, mitigated } = settings;
  const taskSamples = settings.taskSamples ?? true;
  const outcomeOnly = settings.outcomeOnly ?? false;
  const B = BLOCK_SIZE;
  const nTasks = net.taskIds.length;
  const nRisks = net.riskIds.length;
  const nRecurring = net.recurringIds.length;
  const nCategories = net.categories.length;
  const offset = Math.min(firstBlock * B, iterations);
  const end = Math.min((firstBlock + count) * B, iterations);
  const length = end - offset;

  const duration = new Float64Array(length);
  const cost = new Float64Array(length);
  const runCost = new Float64Array(length);
  const stoppedCost = new Float64Array(length);
  const categoryCost = net.categories.map(() => new Float64Array(length));
  // Running costs per category are kept apart from the build cost's categories (the hidden share
  // is a share of the build cost); only categories that recurring costs use get an array.
  const runsIn = new Uint8Array(nCategories);
  for (let r = 0; r < nRecurring; r++) runsIn[net.recurringCategory[r]!] = 1;
  const runCategoryCost = net.categories.map((_, c) => new Float64Array(runsIn[c] ? length : 0));
  const criticalCount = new Float64Array(nTasks);
  const riskFiredCount = new Float64Array(nRisks);
  let noGoCount = 0;
  let shockCount = 0;
  const sampleEnd = Math.min(end, SENSITIVITY_SAMPLE);
  let sample: SampleColumns | undefined;
  // An outcome-only run reads no sample: its first chunk holds an empty one.
  if (outcomeOnly) sample = offset === 0 ? allocateSample(net, 0, 0, false) : undefined;
  else if (offset < sampleEnd)
    sample = allocateSample(net, offset, sampleEnd - offset, taskSamples);

  const ws = workspaceFor(net);
  const k: Block = { net, ws, seed, mitigated, block: 0, base: 0, n: 0 };
  for (let block = firstBlock; block < firstBlock + count; block++) {
    const base = block * B;
    const n = Math.min(B, iterations - base);
    if (n <= 0) break;
    k.block = block;
    k.base = base;
    k.n = n;
    const out = base - offset;
    ws.blockCost.fill(0, 0, n);
    ws.blockStopped.fill(0, 0, n);
    ws.blockCat.fill(0);
    ws.projFin.fill(0, 0, n);

    if (net.shock) shockCount += drawShock(k);
    drawDrivers(k);
    drawRisks(k, riskFiredCount);
    forwardPass(k);
    chargeSpans(k);
    addTaskCosts(k);
    if (!outcomeOnly) backwardPass(k, criticalCount);
    if (net.shock) applyShockCost(k);
    if (!outcomeOnly) addRunningCosts(k, out, runCost, runCategoryCost);
    if (net.gateTask >= 0) noGoCount += decideGate(k, out, stoppedCost);

    duration.set(ws.projFin.subarray(0, n), out);
    cost.set(ws.blockCost.subarray(0, n), out);
    for (let c = 0; c < nCategories; c++)
      categoryCost[c]!.set(ws.blockCat.subarray(c * B, c * B + n), out);
    if (sample) {
      const from = Math.max(base, sample.offset);
      const to = Math.min(base + n, sample.offset + sample.length);
      if (from < to) {
        keepTaskSamples(k, sample, from, to, taskSamples);
        keepInputSamples(k, sample, from, to);
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
    runCost,
    stoppedCost,
    categoryCost,
    runCategoryCost,
    criticalCount,
    riskFiredCount,
    noGoCount,
    shockCount,
    sample,
  };
}
