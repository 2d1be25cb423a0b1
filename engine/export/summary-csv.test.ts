import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../compare/compare-scenarios.ts';
import { parseCsv } from '../import/csv.ts';
import { duplicateScenario, renameScenario } from '../project/scenario-operations.ts';
import { SUMMARY_CSV_COLUMNS, summaryCsv } from './summary-csv.ts';
import { newProject, registry } from '../../test/fixtures/projects.ts';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('summaryCsv', () => {
  const first = newProject('churn');
  let project = duplicateScenario(first, first.scenarios[0]!.id);
  project = renameScenario(project, project.scenarios[1]!.id, 'Vendor, "fast" =cheap');
  project.scenarios[1] = {
    ...project.scenarios[1]!,
    inputs: {
      ...project.scenarios[1]!.inputs,
      team: {
        ...project.scenarios[1]!.inputs.team,
        roles: project.scenarios[1]!.inputs.team.roles.map((r) => ({
          ...r,
          dayRate: r.dayRate * 1.2,
        })),
      },
    },
  };
  project.settings = { ...project.settings, budget: 400_000, deadline: '2027-01-29' };
  const comparison = compareScenarios(project, registry, { iterations: 1000, seed: 9 });
  const rows = parseCsv(summaryCsv(comparison)).map((r) => r.fields);

  it('has a header row and one row per scenario', () => {
    expect(rows[0]).toEqual(SUMMARY_CSV_COLUMNS);
    expect(rows).toHaveLength(3);
    for (const name of [
      'scenario_id',
      'cost_p50',
      'cost_p80',
      'finish_p50',
      'finish_p80',
      'hidden_share_p50',
      'tco_p50',
      'tco_p80',
      'p_within_budget',
      'p_by_deadline',
      'cost_p50_delta',
      'finish_p80_delta_working_days',
    ]) {
      expect(SUMMARY_CSV_COLUMNS).toContain(name);
    }
  });

  it('writes plain numbers, ISO dates, and quotes a name with a comma, quotes and a formula sign', () => {
    const column = (name: string) => SUMMARY_CSV_COLUMNS.indexOf(name);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(SUMMARY_CSV_COLUMNS.length);
      for (const name of [
        'cost_p50',
        'tco_p80',
        'p_within_budget',
        'cost_p80_delta',
        'finish_p50_delta_calendar_days',
      ]) {
        expect(row[column(name)]).toMatch(PLAIN_NUMBER);
      }
      expect(row[column('finish_p50')]).toMatch(ISO_DATE);
      expect(row[column('finish_p80')]).toMatch(ISO_DATE);
    }
    expect(rows[2]![column('scenario_name')]).toBe('Vendor, "fast" =cheap');
    expect(summaryCsv(comparison)).toContain('"Vendor, ""fast"" =cheap"');
  });

  it('carries the comparison’s numbers and deltas', () => {
    const column = (name: string) => SUMMARY_CSV_COLUMNS.indexOf(name);
    const [base, dearer] = comparison.scenarios;
    const row = rows[2]!;
    expect(rows[1]![column('baseline')]).toBe('true');
    expect(Number(row[column('cost_p50')])).toBeCloseTo(dearer!.cost.p50.value, 2);
    expect(Number(row[column('cost_p50_delta')])).toBeCloseTo(
      dearer!.cost.p50.value - base!.cost.p50.value,
      1,
    );
    // Day rates 20% higher: cost up, schedule unchanged (common random numbers).
    expect(Number(row[column('cost_p50_delta')])).toBeGreaterThan(0);
    expect(row[column('finish_p50_delta_working_days')]).toBe('0');
    expect(row[column('finish_p50')]).toBe(dearer!.finish.p50.date);
    expect(Number(row[column('p_within_budget')])).toBeCloseTo(dearer!.withinBudget!.value, 6);
  });

  it('leaves cells empty where there is nothing to report', () => {
    const plain = compareScenarios(newProject('churn'), registry, { iterations: 200 });
    const [header, row] = parseCsv(summaryCsv(plain)).map((r) => r.fields);
    expect(row![header!.indexOf('p_within_budget')]).toBe('');
    expect(row![header!.indexOf('p_by_deadline_delta')]).toBe('');
  });
});
