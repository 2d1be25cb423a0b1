import {
  buildScenario,
  type BuiltRisk,
  type Project,
  type RiskEntry,
  type Scenario,
} from '../../engine/index.ts';
import { templateOf } from './template-of.ts';

/** A risk of the register as the table shows it, switched off ones included. */
export type RiskRow = {
  risk: BuiltRisk;
  enabled: boolean;
  /** The user's entry for it: their changes to a template risk, or the whole of their own risk. */
  entry: RiskEntry | undefined;
};

/**
 * The register's rows in a steady order (the template's, then the user's). The builder drops a
 * switched-off risk, so the rows come from the scenario built with every risk switched on: a risk
 * keeps its place and its values while it is off.
 */
export function riskRows(project: Project, scenario: Scenario): RiskRow[] {
  const template = templateOf(scenario.template);
  if (!template) return [];
  const allOn: Scenario = {
    ...scenario,
    risks: scenario.risks.map(({ enabled: _enabled, ...entry }) => entry),
  };
  const built = buildScenario(template, allOn, project.settings, project.meta.currency);
  return built.risks.map((risk) => {
    const entry = scenario.risks.find((e) => e.id === risk.id);
    return { risk, enabled: entry?.enabled !== false, entry };
  });
}
