import type { Distribution } from '../distributions/distribution.ts';
import type { Template } from '../model/template-schema.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import type { Project } from '../project/project-schema.ts';
import type { Scenario } from '../project/scenario-schema.ts';
import type { ReportFormat } from './format.ts';
import type { Paper } from './report-model.ts';
import type { ReportComparison } from './simulate-report.ts';

/** What every section builder reads. */
export type ReportContext = {
  project: Project;
  scenario: Scenario;
  template: Template | undefined;
  result: ScenarioResult;
  comparison: ReportComparison | undefined;
  format: ReportFormat;
  paper: Paper;
};

/** A distribution in plain words and the report's numbers ("3 to 8, most likely 5"). */
export function describeDistribution(d: Distribution, number: (value: number) => string): string {
  switch (d.type) {
    case 'fixed':
      return number(d.value);
    case 'pert':
    case 'triangular':
      return d.min === d.max
        ? number(d.min)
        : `${number(d.min)} to ${number(d.max)}, most likely ${number(d.mode)}`;
    case 'uniform':
      return `${number(d.min)} to ${number(d.max)}`;
    case 'lognormal':
    case 'normal':
      return `${number(d.p5)} to ${number(d.p95)} (90% range)`;
    case 'bernoulli':
      return `yes with chance ${number(d.p)}`;
  }
}

/** The mean of a distribution (for ranking risks by their expected impact). */
export function distributionMean(d: Distribution | undefined): number {
  if (!d) return 0;
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'pert':
      return (d.min + 4 * d.mode + d.max) / 6;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
      return (d.p5 + d.p95) / 2;
    case 'lognormal':
      // Median of the 90% interval: good enough to rank impacts.
      return Math.sqrt(Math.max(d.p5, 0) * Math.max(d.p95, 0));
    case 'bernoulli':
      return d.p;
  }
}

/** The value at `path` of a nested object, or undefined. */
export function getIn(target: unknown, path: readonly string[]): unknown {
  let current: unknown = target;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const KIND_NAMES = { task: 'task', driver: 'driver', risk: 'risk' } as const;

/** "Label data (task)" */
export function inputName(entry: { name: string; kind: keyof typeof KIND_NAMES }): string {
  return `${entry.name} (${KIND_NAMES[entry.kind]})`;
}
