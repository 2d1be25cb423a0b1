import { MAX_ITERATIONS } from '../constants.ts';
import { throwIfIssues, type InputIssue } from '../errors.ts';
import type { SimulationOptions } from './options.ts';

/** Checks simulation options; throws `FathomInputError` naming the option. */
export function validateOptions(options: SimulationOptions): void {
  const issues: InputIssue[] = [];
  const { iterations, seed, budget, deadline, histogramBins } = options;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    issues.push({
      path: 'iterations',
      message: `must be a whole number from 1 to ${MAX_ITERATIONS}, got ${iterations}`,
    });
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    issues.push({ path: 'seed', message: `must be a whole number of at least 0, got ${seed}` });
  }
  if (budget !== undefined && !(Number.isFinite(budget) && budget >= 0)) {
    issues.push({ path: 'budget', message: `must be a number of at least 0, got ${budget}` });
  }
  if (deadline !== undefined && !(Number.isFinite(deadline) && deadline >= 0)) {
    issues.push({
      path: 'deadline',
      message: `must be a number of working days of at least 0, got ${deadline}`,
    });
  }
  if (
    histogramBins !== undefined &&
    !(Number.isInteger(histogramBins) && histogramBins >= 1 && histogramBins <= 1000)
  ) {
    issues.push({
      path: 'histogramBins',
      message: `must be a whole number from 1 to 1000, got ${histogramBins}`,
    });
  }
  throwIfIssues(issues);
}
