/**
 * The stakeholder PDF, made in the browser with the same report model and jsPDF renderer as
 * `fathom report` (DESIGN §1), so the same plan and seed give the same numbers. Loaded with
 * import() when the user exports: jsPDF and the fonts stay out of the first screen's bundle.
 */
import regularUrl from '../../assets/fonts/DejaVuSansCondensed.ttf?url';
import boldUrl from '../../assets/fonts/DejaVuSansCondensed-Bold.ttf?url';
import { buildReportModel } from '../../engine/report/build-report-model.ts';
import type { Paper } from '../../engine/report/report-model.ts';
import {
  fetchFontBytes,
  loadReportFonts,
  REPORT_FONT_FILES,
} from '../../engine/report/pdf/fonts.ts';
import { renderReportPdf } from '../../engine/report/pdf/render.ts';
import { oneAfterAnother, simulateForReport } from '../../engine/report/simulate-report.ts';
import { simulate, type Project, type TemplateRegistry } from '../../engine/index.ts';

/** Lets the page repaint (the status line) between the report's simulations. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function makeReportPdf(
  project: Project,
  scenarioId: string,
  templates: TemplateRegistry,
  options: { locale: string; paper: Paper; date: string },
): Promise<Uint8Array> {
  const simulations = await simulateForReport(
    project,
    scenarioId,
    templates,
    {},
    oneAfterAnother(async (network, simulation) => {
      await breathe();
      return simulate(network, simulation);
    }),
  );
  const model = buildReportModel({ project, scenarioId, ...simulations, templates, ...options });
  const fonts = await loadReportFonts(
    fetchFontBytes(
      { [REPORT_FONT_FILES.regular]: regularUrl, [REPORT_FONT_FILES.bold]: boldUrl },
      (url) => fetch(url),
    ),
  );
  await breathe();
  return renderReportPdf(model, { fonts, paper: options.paper });
}
