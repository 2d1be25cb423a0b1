import { beforeAll, describe, expect, it } from 'vitest';
import type { Inputs } from '../project/inputs-schema.ts';
import type { Project } from '../project/project-schema.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import { adviseScenario } from './advise.ts';
import type { Finding, Severity } from './finding.ts';
import { advisorRules } from './rules.ts';
import { build, run, templateIds, withInputs, withSettings } from '../../test/fixtures/projects.ts';
import { wellPlannedProject } from '../../test/fixtures/well-planned.ts';

type Trigger = {
  /** What the plan gets wrong. */
  change: (inputs: Inputs) => void;
  severity: Severity;
  inputs: string[];
  /** A close call the rule must let pass. */
  quiet?: (inputs: Inputs) => void;
  /** The rule reads the simulation. */
  simulated?: boolean;
};

/** One trigger per rule; a rule added without one fails the completeness test below. */
const triggers: Record<string, Trigger> = {
  'no-target-metric': {
    change: (i) => (i.goal.target = '   '),
    severity: 'critical',
    inputs: ['inputs.goal.target', 'inputs.goal.modelMetric'],
  },
  'no-baseline': {
    change: (i) => (i.goal.baselineKnown = false),
    severity: 'warning',
    inputs: ['inputs.goal.baselineKnown'],
  },
  'no-holdout': {
    change: (i) => (i.goal.holdoutPlanned = false),
    severity: 'critical',
    inputs: ['inputs.goal.holdoutPlanned'],
  },
  'no-data-versioning': {
    change: (i) => (i.mlops.components.dataVersioning = false),
    severity: 'warning',
    inputs: ['inputs.mlops.components.dataVersioning'],
  },
  'no-monitoring': {
    change: (i) => {
      i.mlops.components.monitoring = false;
      i.mlops.components.driftDetection = false;
    },
    severity: 'critical',
    inputs: ['inputs.mlops.components.monitoring', 'inputs.mlops.components.driftDetection'],
  },
  'no-label-loop': {
    change: (i) => (i.mlops.components.labelLoop = false),
    severity: 'warning',
    inputs: ['inputs.mlops.components.labelLoop', 'inputs.labels.newItemsPerMonth'],
    // Nothing needs fresh labels: no labeling, no retraining, manual maturity.
    quiet: (i) => {
      i.mlops.components.labelLoop = false;
      i.labels.items = 0;
      i.labels.newItemsPerMonth = 0;
      i.mlops.components.retrainingPipeline = false;
      i.mlops.maturity = 0;
    },
  },
  'mlops-before-poc': {
    change: (i) => {
      i.mlops.timing = 'with-poc';
      i.mlops.maturity = 2;
    },
    severity: 'warning',
    inputs: ['inputs.mlops.timing', 'inputs.mlops.maturity'],
    // Light MLOps alongside a PoC whose target and baseline are agreed is fine.
    quiet: (i) => {
      i.mlops.timing = 'with-poc';
      i.mlops.maturity = 1;
    },
  },
  'rules-could-solve': {
    change: (i) => (i.goal.rulesFeasible = true),
    severity: 'warning',
    inputs: ['inputs.goal.rulesFeasible'],
  },
  'big-data-on-laptops': {
    change: (i) => {
      i.compute.laptopsOnly = true;
      i.data.volumeGb = 500;
    },
    severity: 'warning',
    inputs: ['inputs.compute.laptopsOnly', 'inputs.data.volumeGb'],
    quiet: (i) => {
      i.compute.laptopsOnly = true;
      i.data.volumeGb = 10;
    },
  },
  'junior-team-novel-problem': {
    change: (i) => {
      i.goal.novelty = 'novel';
      for (const member of i.team.roles) member.seniority = 'junior';
    },
    severity: 'critical',
    inputs: ['inputs.team.roles', 'inputs.goal.novelty'],
    // One senior, even part-time, is enough.
    quiet: (i) => {
      i.goal.novelty = 'novel';
      for (const member of i.team.roles) member.seniority = 'junior';
      i.team.roles.push({
        role: 'data-scientist',
        count: 1,
        seniority: 'senior',
        allocation: 0.2,
        dayRate: 1200,
        engagement: 'on-demand',
      });
    },
  },
  'no-poc-timebox': {
    change: (i) => (i.goal.pocTimeboxWeeks = 0),
    severity: 'warning',
    inputs: ['inputs.goal.pocTimeboxWeeks'],
  },
  'device-without-targets': {
    change: (i) => {
      i.compute.onDevice = true;
      i.compute.deviceTargets = false;
    },
    severity: 'warning',
    inputs: ['inputs.compute.deviceTargets', 'inputs.compute.onDevice'],
    quiet: (i) => {
      i.compute.onDevice = true;
      i.compute.deviceTargets = true;
    },
  },
  'poc-exceeds-timebox': {
    // The well-planned churn PoC takes about two weeks; one week is too short.
    change: (i) => (i.goal.pocTimeboxWeeks = 1),
    severity: 'warning',
    inputs: ['inputs.goal.pocTimeboxWeeks', 'inputs.team.roles'],
    simulated: true,
  },
  'stand-in-roles': {
    change: (i) => (i.team.roles = i.team.roles.filter((r) => r.role !== 'ml-engineer')),
    severity: 'info',
    inputs: ['inputs.team.roles'],
  },
};

const severityRank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** The findings of a plan; simulated only when asked (one rule reads the simulation). */
function findingsOf(project: Project, simulated = false): Finding[] {
  if (simulated) return run(project).findings;
  return adviseScenario(project.scenarios[0]!, build(project));
}

describe('advisor', () => {
  let wellPlanned: Project;
  let wellPlannedResult: ScenarioResult;
  beforeAll(() => {
    wellPlanned = wellPlannedProject('churn');
    wellPlannedResult = run(wellPlanned);
  });

  it('has a trigger in this file for every rule', () => {
    expect(Object.keys(triggers).sort()).toEqual(advisorRules.map((r) => r.id).sort());
    expect(new Set(advisorRules.map((r) => r.id)).size).toBe(advisorRules.length);
  });

  it('says nothing about the well-planned churn plan, simulated or not', () => {
    expect(wellPlannedResult.findings).toEqual([]);
    expect(adviseScenario(wellPlanned.scenarios[0]!, wellPlannedResult.built)).toEqual([]);
  });

  it.each(templateIds)('says nothing about a well-planned %s plan', (id) => {
    expect(run(wellPlannedProject(id)).findings).toEqual([]);
  });

  describe.each(advisorRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const trigger = triggers[id];

    it('fires on a plan that triggers it, with its severity and input paths', () => {
      const project = withInputs(wellPlanned, trigger!.change);
      const findings = findingsOf(project, trigger!.simulated);
      const finding = findings.find((f) => f.rule === id);
      expect(finding, `${id} did not fire`).toBeDefined();
      expect(finding!.severity).toBe(trigger!.severity);
      expect(finding!.inputs).toEqual(trigger!.inputs);
      expect(finding!.message.length).toBeGreaterThan(10);
      expect(finding!.reason.length).toBeGreaterThan(20);
    });

    it('stays quiet on the well-planned plan', () => {
      const context = {
        scenario: wellPlanned.scenarios[0]!,
        built: wellPlannedResult.built,
        result: wellPlannedResult,
        workdaysPerWeek: wellPlanned.settings.workdaysPerWeek,
      };
      expect(rule.check(context)).toBeUndefined();
      if (trigger?.quiet) {
        const close = withInputs(wellPlanned, trigger.quiet);
        expect(findingsOf(close, trigger.simulated).map((f) => f.rule)).not.toContain(id);
      }
    });
  });

  it('without a simulation, rules that need one stay quiet', () => {
    const project = withInputs(wellPlanned, triggers['poc-exceeds-timebox']!.change);
    expect(findingsOf(project, false).map((f) => f.rule)).not.toContain('poc-exceeds-timebox');
  });

  it('a plan missing only monitoring or only drift detection gets a warning naming it', () => {
    const noDrift = findingsOf(
      withInputs(wellPlanned, (i) => (i.mlops.components.driftDetection = false)),
    ).find((f) => f.rule === 'no-monitoring')!;
    expect(noDrift).toMatchObject({
      severity: 'warning',
      inputs: ['inputs.mlops.components.driftDetection'],
    });
    expect(noDrift.message).toContain('drift detection');
    const noMonitoring = findingsOf(
      withInputs(wellPlanned, (i) => (i.mlops.components.monitoring = false)),
    ).find((f) => f.rule === 'no-monitoring')!;
    expect(noMonitoring).toMatchObject({
      severity: 'warning',
      inputs: ['inputs.mlops.components.monitoring'],
    });
  });

  it('sorts findings critical → warning → info, rules in order within a severity', () => {
    const everything = withInputs(wellPlanned, (i) => {
      for (const trigger of Object.values(triggers)) trigger.change(i);
    });
    const findings = findingsOf(everything, true);
    expect(findings.length).toBeGreaterThanOrEqual(advisorRules.length - 1);
    const ranks = findings.map((f) => severityRank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(findings.map((f) => f.severity))).toEqual(
      new Set(['critical', 'warning', 'info']),
    );
    const order = advisorRules.map((r) => r.id);
    for (let i = 1; i < findings.length; i++) {
      if (findings[i]!.severity === findings[i - 1]!.severity)
        expect(order.indexOf(findings[i]!.rule)).toBeGreaterThan(
          order.indexOf(findings[i - 1]!.rule),
        );
    }
  });

  // Regression (fixed in 6f1a644): the rule turned the PoC's working days into weeks by dividing
  // by 5 whatever the working week. With a four-day week a PoC of D working days spans D / 4
  // weeks; with a timebox of D / 4.95 weeks, D / 4 is over 1.1 × the timebox and D / 5 is not.
  it('poc-exceeds-timebox counts weeks of the project’s working week', () => {
    const fourDays = withSettings(wellPlanned, (s) => (s.workdaysPerWeek = 4));
    const poc = run(fourDays).phases.find((p) => p.name === 'poc')!;
    const days = poc.finish.p50 - poc.start.p50;
    const tight = withInputs(fourDays, (i) => (i.goal.pocTimeboxWeeks = days / 4.95));
    expect(run(tight).findings.map((f) => f.rule)).toContain('poc-exceeds-timebox');
  });
});
