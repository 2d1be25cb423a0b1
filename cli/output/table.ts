import type { SensitivityEntry, SimulationResult } from '../engine.ts';
import {
  columns,
  formatAmount,
  formatDays,
  formatGiven,
  formatPercent,
  formatRho,
  truncate,
} from './format.ts';

/** How many critical tasks and variance drivers the summary lists. */
const TOP_CRITICAL = 8;
const TOP_DRIVERS = 5;
const NAME_WIDTH = 40;
const ID_WIDTH = 16;
const LINE_WIDTH = 100;
/** Width of a tornado bar for |rho| = 1. */
const BAR_WIDTH = 20;
/** A P80 that still moves more than this over the last tenth of the run deserves more iterations. */
const UNSTABLE_P80 = 0.01;

export type TableContext = {
  /** What was simulated, e.g. `examples/ml-pipeline.tasks.csv (17 tasks, 5 risks)`. */
  title: string;
  budget?: number;
  deadline?: number;
};

function bar(rho: number): string {
  return '█'.repeat(Math.round(Math.abs(rho) * BAR_WIDTH));
}

function driverLines(entries: readonly SensitivityEntry[]): string[] {
  const top = entries.filter((e) => Math.abs(e.rho) >= 0.005).slice(0, TOP_DRIVERS);
  if (top.length === 0) return ['  (no input varies the result)'];
  const rows = top.map((e) => [
    truncate(e.id, ID_WIDTH),
    truncate(e.kind === 'task' ? e.name : `${e.kind}: ${e.name}`, NAME_WIDTH),
    formatRho(e.rho),
    bar(e.rho),
  ]);
  return columns(rows, ['left', 'left', 'right', 'left']).map((l) => `  ${l}`);
}

/** Tasks critical in (nearly) every iteration: listed by id on one wrapped line. */
const ALWAYS_CRITICAL = 0.9995;

function wrap(prefix: string, words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const word of words) {
    const next = line === prefix ? `${line}${word}` : `${line}, ${word}`;
    if ([...next].length > width && line !== prefix) {
      lines.push(`${line},`);
      line = `${' '.repeat(prefix.length)}${word}`;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

function criticalLines(tasks: SimulationResult['tasks']): string[] {
  const always = tasks.filter((t) => t.criticality >= ALWAYS_CRITICAL);
  const sometimes = tasks
    .filter((t) => t.criticality > 0 && t.criticality < ALWAYS_CRITICAL)
    .sort((a, b) => b.criticality - a.criticality);
  const lines: string[] = [];
  if (always.length > 0)
    lines.push(
      ...wrap(
        '  always: ',
        always.map((t) => t.id),
        LINE_WIDTH,
      ),
    );
  const rows = sometimes
    .slice(0, TOP_CRITICAL)
    .map((t) => [
      formatPercent(t.criticality),
      truncate(t.id, ID_WIDTH),
      truncate(t.name, NAME_WIDTH),
    ]);
  lines.push(...columns(rows, ['right', 'left', 'left']).map((l) => `  ${l}`));
  if (sometimes.length > TOP_CRITICAL)
    lines.push(`  … and ${sometimes.length - TOP_CRITICAL} more tasks that are sometimes critical`);
  if (lines.length === 0) lines.push('  (none)');
  return lines;
}

/**
 * The readable summary of `fathom simulate`: percentiles of duration and cost, the chance of
 * meeting a budget or deadline, the most critical tasks, the inputs that drive the variance, and
 * a line to reproduce the run.
 */
export function simulationTable(result: SimulationResult, context: TableContext): string {
  const { duration, cost } = result;
  const out: string[] = [`Fathom simulation of ${context.title}`, ''];

  const headline = columns(
    [
      ['', 'Mean', 'P10', 'P50', 'P80', 'P90'],
      [
        'Duration (working days)',
        ...[duration.mean, duration.p10, duration.p50, duration.p80, duration.p90].map(formatDays),
      ],
      [
        `Cost (${cost.currency})`,
        ...[cost.mean, cost.p10, cost.p50, cost.p80, cost.p90].map(formatAmount),
      ],
    ],
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );
  out.push(...headline);
  out.push(
    '',
    'P80: 80% of the simulated projects finished within this many days or cost at most this much.',
  );

  const { withinBudget, withinDeadline, both } = result.probabilities;
  if (withinBudget !== undefined || withinDeadline !== undefined) {
    const rows: string[][] = [];
    if (withinBudget !== undefined && context.budget !== undefined)
      rows.push([
        `within the budget of ${formatGiven(context.budget)} ${cost.currency}`,
        formatPercent(withinBudget, 1),
      ]);
    if (withinDeadline !== undefined && context.deadline !== undefined)
      rows.push([
        `within the deadline of ${formatGiven(context.deadline)} working days`,
        formatPercent(withinDeadline, 1),
      ]);
    if (both !== undefined) rows.push(['both', formatPercent(both, 1)]);
    out.push('', 'Chance of finishing');
    out.push(...columns(rows, ['left', 'right']).map((l) => `  ${l}`));
  }

  out.push('', 'Critical path (share of iterations in which a task is on it)');
  out.push(...criticalLines(result.tasks));

  out.push('', 'What drives the cost (rank correlation with total cost)');
  out.push(...driverLines(result.sensitivity.cost));
  out.push('', 'What drives the duration (rank correlation with total duration)');
  out.push(...driverLines(result.sensitivity.duration));

  const drift = Math.max(result.convergence.durationP80, result.convergence.costP80);
  out.push(
    '',
    `${formatAmount(result.iterations)} iterations · seed ${result.seed} · engine ${result.engineVersion}` +
      (result.mitigated ? ' · risks mitigated' : '') +
      ` · P80 moved ${formatPercent(drift, 2)} over the last 10% of iterations`,
  );
  if (drift > UNSTABLE_P80) {
    out.push('The estimate has not settled: run more iterations (--iterations).');
  }
  return `${out.join('\n')}\n`;
}
