import type { Distribution, Network } from '../engine/index.ts';

/*
 * The task-list and risks CSVs of DESIGN §3, for timing `fathom simulate` on a bench network. The
 * CSV has no drivers, so the CLI's network is the bench network without them.
 */

/** `[min, likely, max, distribution]` as the CSV spells a distribution. */
function columns(dist: Distribution | undefined): [string, string, string, string] {
  if (!dist) return ['', '', '', ''];
  switch (dist.type) {
    case 'pert':
    case 'triangular':
      return [String(dist.min), String(dist.mode), String(dist.max), dist.type];
    case 'uniform':
      return [String(dist.min), '', String(dist.max), dist.type];
    case 'lognormal':
    case 'normal':
      return [String(dist.p5), '', String(dist.p95), dist.type];
    case 'fixed':
      return [String(dist.value), String(dist.value), String(dist.value), dist.type];
    case 'bernoulli':
      throw new Error('the task-list CSV has no bernoulli durations');
    default:
      return dist satisfies never;
  }
}

/** RFC 4180: quote a cell holding a comma, quote or line break. */
function cell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: readonly (string | number | undefined)[]) => cells.map(cell).join(',');

export function tasksCsv(network: Network): string {
  const lines = ['id,name,min,likely,max,depends_on,distribution,rate,fixed_cost'];
  for (const t of network.tasks) {
    const [min, likely, max, distribution] = columns(t.duration);
    const fixed = typeof t.fixedCost === 'number' ? t.fixedCost : undefined;
    const deps = (t.dependsOn ?? []).join(';');
    lines.push(row([t.id, t.name, min, likely, max, deps, distribution, t.rate, fixed]));
  }
  return `${lines.join('\n')}\n`;
}

/** Risks whose delay and cost share one distribution type (the CSV has one column for it). */
export function risksCsv(network: Network): string {
  const lines = [
    'id,name,probability,task,delay_min,delay_likely,delay_max,cost_min,cost_likely,cost_max,distribution',
  ];
  for (const r of network.risks ?? []) {
    const delay = columns(r.delay);
    const cost = columns(r.cost);
    const distribution = delay[3] || cost[3];
    if (delay[3] && cost[3] && delay[3] !== cost[3])
      throw new Error(`risk ${r.id}: delay and cost need the same distribution in the CSV`);
    lines.push(
      row([
        r.id,
        r.name,
        r.probability,
        r.task,
        ...delay.slice(0, 3),
        ...cost.slice(0, 3),
        distribution,
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The network without its drivers: what the CSVs describe. */
export function withoutDrivers(network: Network): Network {
  return { tasks: network.tasks, risks: network.risks ?? [] };
}
