import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../project/scenario-schema.ts';
import { whatDiffers } from './what-differs.ts';
import { projects } from '../../test/fixtures/arbitrary-project.ts';
import { newProject } from '../../test/fixtures/projects.ts';

function scenario(template = 'cv-edge'): Scenario {
  return newProject(template).scenarios[0]!;
}

describe('whatDiffers', () => {
  it('lists exactly the changed input, with the questionnaire’s label and option labels', () => {
    const a = scenario();
    const b: Scenario = {
      ...a,
      id: 'other',
      name: 'In-house',
      notes: 'names, ids and notes are not differences',
      inputs: { ...a.inputs, labels: { ...a.inputs.labels, mode: 'in-house' } },
    };
    expect(whatDiffers(a, b)).toEqual([
      {
        kind: 'input',
        change: 'changed',
        path: 'inputs.labels.mode',
        label: 'Labels › Who labels',
        a: 'vendor',
        b: 'in-house',
        aText: 'Vendor',
        bText: 'In-house',
        text: 'Labels › Who labels: Vendor → In-house',
      },
    ]);
  });

  it('is empty for the same plan, and for a copy', () => {
    const a = scenario();
    expect(whatDiffers(a, a)).toEqual([]);
    expect(whatDiffers(a, structuredClone(a))).toEqual([]);
  });

  it('formats units, shares, yes/no; labels fields the catalogue lacks from their names', () => {
    const a = scenario();
    const b = structuredClone(a);
    b.inputs.data.volumeGb = 2500;
    b.inputs.labels.qaShare = 0.25;
    b.inputs.goal.baselineKnown = !a.inputs.goal.baselineKnown;
    b.inputs.team.region = 'india';
    const texts = whatDiffers(a, b).map((d) => d.text);
    expect(texts).toEqual([
      `Goal & metrics › Baseline known: ${a.inputs.goal.baselineKnown ? 'yes → no' : 'no → yes'}`,
      `Data › Data volume: ${a.inputs.data.volumeGb} GB → 2500 GB`,
      `Labels › QA review share: ${a.inputs.labels.qaShare * 100}% → 25%`,
      `Team › Region: ${a.inputs.team.region} → india`,
    ]);
  });

  it('team members by row: changed fields, added and removed rows', () => {
    const a = scenario();
    const b = structuredClone(a);
    b.inputs.team.roles[0]!.count = 3;
    b.inputs.team.roles[0]!.allocation = 0.5;
    b.inputs.team.roles.push({
      role: 'annotator',
      count: 2,
      seniority: 'junior',
      allocation: 1,
      dayRate: 200,
      engagement: 'on-demand',
    });
    const role = a.inputs.team.roles[0]!;
    const n = a.inputs.team.roles.length;
    const differences = whatDiffers(a, b);
    expect(differences.map((d) => [d.change, d.path])).toEqual([
      ['changed', 'inputs.team.roles[0].count'],
      ['changed', 'inputs.team.roles[0].allocation'],
      ['added', `inputs.team.roles[${n}]`],
    ]);
    expect(differences[1]!.text).toBe(
      `Team › ${role.role === 'data-scientist' ? 'Data scientist' : role.role} (row 1) › Time on project: ${role.allocation * 100}% → 50%`,
    );
    expect(differences[2]!.label).toBe(`Team › Annotator (row ${n + 1})`);
    // And the other way round, the row is removed.
    expect(whatDiffers(b, a).at(-1)!.change).toBe('removed');
  });

  it('the template, overrides, added tasks, risks and drivers: added, removed, changed by id', () => {
    const a: Scenario = {
      ...scenario(),
      overrides: [
        { task: 'labeling', effort: { type: 'pert', min: 3, mode: 5, max: 10 } },
        { task: 'data-access', removed: true },
      ],
      risks: [{ id: 'key-person', probability: 0.2 }],
      drivers: [{ id: 'data-messiness', enabled: false }],
    };
    const b: Scenario = {
      ...a,
      template: 'churn',
      overrides: [
        {
          task: 'labeling',
          effort: { type: 'pert', min: 4, mode: 6, max: 12 },
          notes: 'vendor quote',
        },
      ],
      extraTasks: [
        {
          id: 'security-review',
          name: 'Security review',
          phase: 'deployment',
          category: 'productionization',
          roles: [],
          duration: { type: 'fixed', value: 5 },
          dependsOn: [],
          fixedCost: 0,
        },
      ],
      risks: [{ id: 'key-person', probability: 0.3 }],
      drivers: [{ id: 'data-messiness', enabled: false }],
    };
    const differences = whatDiffers(a, b);
    expect(differences.map((d) => [d.kind, d.change, d.path])).toEqual([
      ['template', 'changed', 'template'],
      ['override', 'changed', 'overrides.labeling'],
      ['override', 'removed', 'overrides.data-access'],
      ['extraTask', 'added', 'extraTasks.security-review'],
      ['risk', 'changed', 'risks.key-person'],
    ]);
    const [, labeling, access, review, risk] = differences;
    expect(labeling!.fields).toEqual(['effort', 'notes']);
    expect(labeling!.text).toBe(
      'Change to task "labeling": effort 3, 5, 10; notes — → effort 4, 6, 12; notes vendor quote',
    );
    expect(access!.text).toBe('Change to task "data-access": removed (was removed)');
    expect(review!.label).toBe('Added task "Security review"');
    expect(risk!.text).toBe('Risk "key-person": probability 0.2 → probability 0.3');
  });

  it('every generated pair of scenarios: a difference exactly where the plans differ (fast-check)', () => {
    fc.assert(
      fc.property(projects, projects, (p, q) => {
        const a = p.scenarios[0]!;
        const b = { ...q.scenarios[0]!, id: a.id, name: a.name };
        const differences = whatDiffers(a, b);
        const { notes: _a, ...restA } = a;
        const { notes: _b, ...restB } = b;
        // No difference listed ⇔ the plans are equal (up to the scenarios' notes).
        expect(differences.length === 0).toBe(JSON.stringify(restA) === JSON.stringify(restB));
        for (const d of differences) expect(d.text).not.toBe('');
        expect(whatDiffers(a, a)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
