import type { ScenarioResult } from '../project/model.ts';
import { formatAmount, formatPercent } from './format.ts';

/**
 * The keys a project file's `simulate --json` adds (DESIGN §3): `scenario`, `finish` (calendar
 * dates per percentile), `costByCategory`, `hiddenShare`, `runCostPerMonth`, `tco` and `noGo`;
 * then extras (`startDate`, `runCost`, `costIfStopped`, `findings`).
 */
export function projectJson(result: ScenarioResult) {
  return {
    scenario: result.scenario,
    startDate: result.startDate,
    finish: result.finish,
    costByCategory: result.costByCategory,
    hiddenShare: result.hiddenShare,
    runCostPerMonth: result.runCostPerMonth ?? [],
    ...(result.runCost ? { runCost: result.runCost } : {}),
    tco: result.tco ?? result.cost,
    noGo: result.noGo ?? 0,
    ...(result.costIfStopped ? { costIfStopped: result.costIfStopped } : {}),
    ...(result.shockFraction !== undefined ? { shockFraction: result.shockFraction } : {}),
    findings: result.findings.map(({ rule, severity, message, inputs }) => ({
      rule,
      severity,
      message,
      inputs,
    })),
  };
}

const CATEGORY_ORDER = [
  'model',
  'data',
  'productionization',
  'mlops',
  'management',
  'risk',
  'running',
];

/** The lines a project file's readable summary adds: dates, the hidden work, the PoC, TCO, advice. */
export function projectLines(result: ScenarioResult): string {
  const lines: string[] = [];
  const currency = result.cost.currency;
  lines.push(`Launch (calendar, work starting ${result.startDate}):`);
  lines.push(
    `  P10 ${result.finish.p10}   P50 ${result.finish.p50}   P80 ${result.finish.p80}   P90 ${result.finish.p90}`,
  );
  lines.push('');
  lines.push(
    `80% chance to launch by ${result.finish.p80} for at most ${formatAmount(result.cost.p80)} ${currency} (build cost, risks included).`,
  );
  if (result.hiddenShare) {
    lines.push(
      `Hidden work: ${formatPercent(result.hiddenShare.p50)} of the build cost is not the model (P50).`,
    );
  }
  if (result.noGo !== undefined) {
    const stopped = result.costIfStopped
      ? `; stopping there costs about ${formatAmount(result.costIfStopped.p50)} ${currency}`
      : '';
    lines.push(
      `PoC no-go: ${formatPercent(result.noGo)} chance the PoC ends the project${stopped}.`,
    );
  }
  if (result.tco && result.runCost) {
    lines.push(
      `Cost of ownership over ${result.runCostPerMonth?.length ?? 0} months: ${formatAmount(result.tco.p50)} ${currency} (P50), of which running ${formatAmount(result.runCost.p50)}.`,
    );
  }
  lines.push('');
  lines.push(`Cost by category (mean, ${currency})`);
  const names = Object.keys(result.costByCategory).sort((a, b) => {
    const ia = CATEGORY_ORDER.indexOf(a);
    const ib = CATEGORY_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  const width = Math.max(...names.map((n) => n.length));
  for (const name of names) {
    const note =
      name === 'model' ? '  (visible work)' : name === 'running' ? '  (after launch)' : '';
    lines.push(
      `  ${name.padEnd(width)}  ${formatAmount(result.costByCategory[name]!.mean).padStart(12)}${note}`,
    );
  }
  if (result.findings.length > 0) {
    lines.push('');
    lines.push('What the plan may have forgotten');
    for (const f of result.findings)
      lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}
