import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateSync } from 'node:zlib';
import { FathomInputError } from '../../engine/errors.ts';
import { parseProject } from '../../engine/project/load-project.ts';
import { buildReportModel } from '../../engine/report/build-report-model.ts';
import type { Paper, ReportModel } from '../../engine/report/report-model.ts';
import { simulateForReport } from '../../engine/report/simulate-report.ts';
import { loadReportFonts } from '../../engine/report/pdf/fonts.ts';
import { renderReportPdf } from '../../engine/report/pdf/render.ts';
import type { Context } from '../command.ts';
import { inFile, UserError } from '../errors.ts';
import { loadRegistry } from '../project/registry.ts';
import { readTextFile } from '../read-text-file.ts';
import { nodeFontBytes } from './node-fonts.ts';

export type ReportRequest = {
  file: string;
  out: string;
  paper: Paper;
  locale: string;
  /** The report's date (ISO). */
  date: string;
  scenario?: string;
  author?: string;
  iterations?: number;
  seed?: number;
};

/** Counts the pages of a PDF jsPDF wrote (one `/Type /Page` object per page). */
function pageCount(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return (text.match(/\/Type \/Page[^s]/g) ?? []).length;
}

function checkWritable(out: string): void {
  const folder = dirname(out);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UserError(`cannot write ${out}: the folder ${folder} does not exist`);
  try {
    if (statSync(out).isDirectory())
      throw new UserError(`cannot write ${out}: it is a directory, not a file`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // Does not exist yet: fine.
  }
}

/**
 * `fathom report`: reads and checks the project, simulates it (the chosen scenario, its
 * mitigation counterpart and the other scenarios, through the CLI's simulator so the numbers
 * equal `simulate --json`'s), builds the report model and writes the PDF.
 */
export async function writeReport(
  request: ReportRequest,
  context: Context,
): Promise<{ pages: number; keyNumbers: ReportModel['keyNumbers'] }> {
  const { file, out } = request;
  // The output folder first: a typo there should not cost a long simulation.
  checkWritable(out);
  const text = readTextFile(file);
  // The same registry as `simulate`, the user's own templates included.
  const templates = await loadRegistry(context);
  let model: ReportModel;
  try {
    const project = parseProject(text);
    const simulations = await simulateForReport(
      project,
      request.scenario,
      templates,
      {
        ...(request.iterations !== undefined ? { iterations: request.iterations } : {}),
        ...(request.seed !== undefined ? { seed: request.seed } : {}),
      },
      context.simulateRuns,
    );
    model = buildReportModel({
      project,
      ...simulations,
      date: request.date,
      locale: request.locale,
      paper: request.paper,
      templates,
      ...(request.author !== undefined ? { author: request.author } : {}),
    });
  } catch (error) {
    if (error instanceof FathomInputError) throw inFile(file, error);
    throw error;
  }
  const fonts = await loadReportFonts(nodeFontBytes);
  const pdf = renderReportPdf(model, { fonts, paper: request.paper, deflate: deflateSync });
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pdf);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`cannot write ${out}: ${reason}`);
  }
  return { pages: pageCount(pdf), keyNumbers: model.keyNumbers };
}
