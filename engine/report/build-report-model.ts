import { ENGINE_VERSION } from '../constants.ts';
import { createTemplateRegistry, type TemplateRegistry } from '../model/template-registry.ts';
import type { Template } from '../model/template-schema.ts';
import type { ScenarioResult } from '../project/project-result.ts';
import type { Project } from '../project/project-schema.ts';
import { findScenario } from '../project/simulate-scenario.ts';
import type { ReportContext } from './context.ts';
import { reportFormat } from './format.ts';
import type { Paper, ReportModel, ReportSection } from './report-model.ts';
import { assumptionsSection } from './sections/assumptions.ts';
import { costSection } from './sections/cost.ts';
import { methodSection } from './sections/method.ts';
import { risksSection } from './sections/risks.ts';
import { runningSection } from './sections/running.ts';
import { scenariosSection } from './sections/scenarios.ts';
import { scheduleSection, sensitivitySection } from './sections/schedule.ts';
import { headline, headlineFigures, summarySection } from './sections/summary.ts';
import type { ReportComparison } from './simulate-report.ts';

export type ReportInput = {
  project: Project;
  /** The scenario reported on; the first one by default. */
  scenarioId?: string;
  /** Its simulation (`simulateScenario` or `simulateForReport`). */
  result: ScenarioResult;
  /** The other scenarios and the mitigated/unmitigated pair (`simulateForReport`). */
  comparison?: ReportComparison;
  /** Who the report is from; the project's author by default. */
  author?: string;
  /** The report's date (ISO, `2027-01-04`). */
  date: string;
  /** BCP 47 locale of the reader: decides separators and date formats. */
  locale: string;
  paper: Paper;
  /** Where the scenario's template is found (for defaults and sources); the built-in ones by default. */
  templates?: TemplateRegistry;
};

function templateOf(input: ReportInput): Template | undefined {
  try {
    return (input.templates ?? createTemplateRegistry()).get(input.result.built.templateId);
  } catch {
    // A user's template that is not installed here: the ledger lists values without defaults.
    return undefined;
  }
}

/**
 * The stakeholder report as data: every section of DESIGN §1's report with its numbers
 * formatted in the project's currency and `locale`. Pure: the same input gives the same model.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { project, result, paper } = input;
  const scenario = findScenario(project, input.scenarioId ?? result.scenario.id);
  const format = reportFormat(project.meta.currency, input.locale);
  const ctx: ReportContext = {
    project,
    scenario,
    template: templateOf(input),
    result,
    comparison: input.comparison,
    format,
    paper,
  };
  const sections: ReportSection[] = [
    summarySection(ctx),
    costSection(ctx),
    scheduleSection(ctx),
    sensitivitySection(ctx),
    risksSection(ctx),
    ...[scenariosSection(ctx)].filter((s): s is ReportSection => s !== undefined),
    runningSection(ctx),
    assumptionsSection(ctx),
    methodSection(ctx),
  ];
  const author = input.author ?? project.meta.author;
  const date = format.date(input.date);
  const name = project.meta.name;
  return {
    title: `${name} — stakeholder report`,
    locale: input.locale,
    currency: project.meta.currency,
    paper,
    header: `${name} · ${scenario.name}`,
    footer: `Fathom ${ENGINE_VERSION} · ${format.number(result.iterations)} simulations · seed ${result.seed} · ${date}`,
    cover: {
      kind: 'Stakeholder report',
      project: name,
      scenario: scenario.name,
      author,
      date,
      headline: headline(ctx),
      figures: headlineFigures(ctx),
    },
    sections,
    keyNumbers: {
      costP50: format.estimate(result.cost.p50),
      costP80: format.estimate(result.cost.p80),
      finishP50: format.date(result.finish.p50),
      finishP80: format.date(result.finish.p80),
    },
    metadata: {
      title: `${name} — ${scenario.name}`,
      subject: 'What the project will cost and how long it will take, with its uncertainty',
      author,
      keywords: 'Fathom, estimate, Monte Carlo, machine learning',
      date: input.date,
    },
  };
}
