import type { BuiltScenario } from '../model/built-scenario.ts';
import type { Scenario } from '../project/scenario-schema.ts';
import type { SimulationResult } from '../simulation/result.ts';
import type { Finding } from './finding.ts';

export type AdvisorContext = {
  scenario: Scenario;
  built: BuiltScenario;
  result?: SimulationResult;
  /** Working days per week of the project's calendar (5 when unknown). */
  workdaysPerWeek: number;
};

/** A rule reads a scenario (and, when there is one, its simulation) and may return a finding. */
export type AdvisorRule = { id: string; check(context: AdvisorContext): Finding | undefined };

const rule = (
  id: string,
  check: (c: AdvisorContext) => Omit<Finding, 'rule'> | undefined,
): AdvisorRule => ({
  id,
  check: (c) => {
    const found = check(c);
    return found ? { rule: id, ...found } : undefined;
  },
});

/** The advisor's rules (DESIGN §2 "Advisor"), most fundamental first. */
export const advisorRules: readonly AdvisorRule[] = [
  rule('no-target-metric', ({ scenario: { inputs } }) =>
    inputs.goal.target.trim() === ''
      ? {
          severity: 'critical',
          message: 'The plan has no target for the model metric.',
          reason:
            'Without an agreed target nobody can say when the PoC has succeeded, so it runs on and its chance of ending in a no-go rises. Agree the metric and the value that makes the project worth it before the first experiment.',
          inputs: ['inputs.goal.target', 'inputs.goal.modelMetric'],
        }
      : undefined,
  ),
  rule('no-baseline', ({ scenario: { inputs } }) =>
    !inputs.goal.baselineKnown
      ? {
          severity: 'warning',
          message: 'No baseline is known for the model metric.',
          reason:
            'A baseline (today’s process, a simple heuristic) tells whether the target is realistic and whether the model adds value; without one the PoC needs more iterations and fails more often.',
          inputs: ['inputs.goal.baselineKnown'],
        }
      : undefined,
  ),
  rule('no-holdout', ({ scenario: { inputs } }) =>
    !inputs.goal.holdoutPlanned
      ? {
          severity: 'critical',
          message: 'No hold-out test set or leakage check is planned.',
          reason:
            'Results measured on data the model has seen, or with features from the future, look good in the PoC and collapse in production, the most expensive moment to find out.',
          inputs: ['inputs.goal.holdoutPlanned'],
        }
      : undefined,
  ),
  rule('no-data-versioning', ({ scenario: { inputs } }) =>
    !inputs.mlops.components.dataVersioning
      ? {
          severity: 'warning',
          message: 'Datasets are not versioned.',
          reason:
            'Without versioned data a model cannot be traced to what it learned from, results cannot be reproduced, and a bad retraining cannot be rolled back.',
          inputs: ['inputs.mlops.components.dataVersioning'],
        }
      : undefined,
  ),
  rule('no-monitoring', ({ scenario: { inputs } }) => {
    const { monitoring, driftDetection } = inputs.mlops.components;
    if (monitoring && driftDetection) return undefined;
    const missing = [!monitoring ? 'monitoring' : '', !driftDetection ? 'drift detection' : '']
      .filter(Boolean)
      .join(' and ');
    return {
      severity: !monitoring && !driftDetection ? 'critical' : 'warning',
      message: `The model is deployed without ${missing}.`,
      reason:
        '91% of models degrade over time (Vela et al., Sci. Rep. 2022). Without monitoring and drift detection the first sign is a business complaint, months later.',
      inputs: [
        ...(!monitoring ? ['inputs.mlops.components.monitoring'] : []),
        ...(!driftDetection ? ['inputs.mlops.components.driftDetection'] : []),
      ],
    };
  }),
  rule('no-label-loop', ({ scenario: { inputs } }) => {
    const { labels, mlops } = inputs;
    const needsFreshLabels =
      labels.items > 0 ||
      labels.newItemsPerMonth > 0 ||
      mlops.components.retrainingPipeline ||
      mlops.maturity >= 1;
    return needsFreshLabels && !mlops.components.labelLoop
      ? {
          severity: 'warning',
          message: 'There is no way to collect labels for new data.',
          reason:
            'Retraining on drifted data needs fresh labels; without a loop that collects outcomes or labels after launch, retraining repeats the past and the model decays.',
          inputs: ['inputs.mlops.components.labelLoop', 'inputs.labels.newItemsPerMonth'],
        }
      : undefined;
  }),
  rule('mlops-before-poc', ({ scenario: { inputs } }) =>
    inputs.mlops.timing === 'with-poc' &&
    (inputs.mlops.maturity >= 2 || !inputs.goal.baselineKnown || inputs.goal.target.trim() === '')
      ? {
          severity: 'warning',
          message: 'Heavy MLOps is planned before the PoC has proven the metric.',
          reason:
            'Pipelines, CI/CD and monitoring built for a model that may never ship are sunk cost when the PoC says no-go; build them once the metric is proven, or keep them minimal until then.',
          inputs: ['inputs.mlops.timing', 'inputs.mlops.maturity'],
        }
      : undefined,
  ),
  rule('rules-could-solve', ({ scenario: { inputs } }) =>
    inputs.goal.rulesFeasible
      ? {
          severity: 'warning',
          message: 'Simple business rules might solve this problem.',
          reason:
            'If rules get most of the value, they ship in weeks, need no labels and no MLOps; measure them first as the baseline the model must beat.',
          inputs: ['inputs.goal.rulesFeasible'],
        }
      : undefined,
  ),
  rule('big-data-on-laptops', ({ scenario: { inputs } }) =>
    inputs.compute.laptopsOnly && inputs.data.volumeGb > 50
      ? {
          severity: 'warning',
          message: `${Math.round(inputs.data.volumeGb)} GB of data are planned to be processed on laptops.`,
          reason:
            'Data that does not fit a laptop forces sampling, slow iterations and copies of (possibly personal) data on personal machines; budget cloud or on-prem compute.',
          inputs: ['inputs.compute.laptopsOnly', 'inputs.data.volumeGb'],
        }
      : undefined,
  ),
  rule('junior-team-novel-problem', ({ scenario: { inputs } }) => {
    const people = inputs.team.roles.filter((r) => r.count > 0 && r.role !== 'annotator');
    return people.length > 0 &&
      people.every((r) => r.seniority === 'junior') &&
      inputs.goal.novelty === 'novel'
      ? {
          severity: 'critical',
          message: 'An all-junior team is planned for a novel problem.',
          reason:
            'Novel problems need judgement about what to try and when to stop; without a senior person the PoC wanders and the estimates run long. Add a senior, even part-time.',
          inputs: ['inputs.team.roles', 'inputs.goal.novelty'],
        }
      : undefined;
  }),
  rule('no-poc-timebox', ({ scenario: { inputs } }) =>
    inputs.goal.pocTimeboxWeeks === 0
      ? {
          severity: 'warning',
          message: 'The PoC has no timebox.',
          reason:
            'Without a date for the go/no-go decision, a PoC that is not working drifts on; 2–6 weeks is typical (ml-cost-facts §7).',
          inputs: ['inputs.goal.pocTimeboxWeeks'],
        }
      : undefined,
  ),
  rule('device-without-targets', ({ scenario: { inputs } }) =>
    inputs.compute.onDevice && !inputs.compute.deviceTargets
      ? {
          severity: 'warning',
          message: 'On-device deployment has no latency, memory or power targets.',
          reason:
            'A model that is accurate on a GPU may be too slow, too big or too hungry for the device; without targets the optimisation work has no end and device testing finds problems late.',
          inputs: ['inputs.compute.deviceTargets', 'inputs.compute.onDevice'],
        }
      : undefined,
  ),
  rule('poc-exceeds-timebox', ({ scenario: { inputs }, built, result, workdaysPerWeek }) => {
    if (!result || inputs.goal.pocTimeboxWeeks === 0) return undefined;
    const poc = result.phases.find((p) => p.name === 'poc');
    if (!poc) return undefined;
    const weeks = (poc.finish.p50 - poc.start.p50) / workdaysPerWeek;
    return weeks > inputs.goal.pocTimeboxWeeks * 1.1
      ? {
          severity: 'warning',
          message: `The PoC is likely to take about ${weeks.toFixed(1)} weeks, longer than its ${inputs.goal.pocTimeboxWeeks}-week timebox.`,
          reason: `With the team and iterations planned (${built.poc.iterations.type === 'pert' ? `about ${Math.round(built.poc.iterations.mode)}` : 'several'} iterations), the timebox will force a decision on an unfinished PoC; add capacity, narrow the scope or extend the timebox openly.`,
          inputs: ['inputs.goal.pocTimeboxWeeks', 'inputs.team.roles'],
        }
      : undefined;
  }),
  rule('stand-in-roles', ({ built }) => {
    const standIns = built.tasks.filter((t) => t.standIn);
    return standIns.length > 0
      ? {
          severity: 'info',
          message: `${standIns.length} task${standIns.length > 1 ? 's need' : ' needs'} a role nobody on the team has (${[...new Set(standIns.flatMap((t) => t.roles))].join(', ')}).`,
          reason:
            'The plan assumes an on-demand person at the team’s average rate; name who will really do the work, or add the role to the team.',
          inputs: ['inputs.team.roles'],
        }
      : undefined;
  }),
];
