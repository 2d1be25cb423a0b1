import {
  FathomInputError,
  formatIssue,
  parseProject,
  serializeProject,
  type Project,
} from '../../engine/index.ts';
import type { FathomStore } from '../state/store.ts';
import type { PlatformAdapter } from '../platform/platform-adapter.ts';
import type { TemplateRegistry } from '../../engine/index.ts';

export type ActionOutcome = { ok: true; message?: string } | { ok: false; message: string };

function fileNameFor(project: Project): string {
  const base =
    project.meta.name
      .trim()
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .replace(/\s+/g, '-')
      .toLowerCase() || 'plan';
  return `${base}.fathom.json`;
}

function describe(error: unknown): string {
  if (error instanceof FathomInputError) return error.issues.map(formatIssue).join('\n');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a project file. The file is parsed, version-checked, migrated and validated before it
 * replaces the open document; on any failure the document and its undo history stay untouched.
 */
export async function openProject(
  store: FathomStore,
  platform: PlatformAdapter,
): Promise<ActionOutcome> {
  let opened;
  try {
    opened = await platform.openProject();
  } catch (error) {
    return { ok: false, message: `Could not read the file: ${describe(error)}` };
  }
  if (!opened) return { ok: true };
  try {
    const project = parseProject(opened.text);
    store.getState().replaceDocument(project, { name: opened.name, handle: opened.handle });
    return { ok: true, message: `Opened ${opened.name}` };
  } catch (error) {
    return { ok: false, message: `${opened.name} was not opened: ${describe(error)}` };
  }
}

export async function saveProject(
  store: FathomStore,
  platform: PlatformAdapter,
  saveAs = false,
): Promise<ActionOutcome> {
  const state = store.getState();
  const project = {
    ...state.project,
    meta: { ...state.project.meta, modified: new Date().toISOString().slice(0, 10) },
  };
  const text = serializeProject(project);
  try {
    const saved = saveAs
      ? await platform.saveProjectAs(text, state.fileName ?? fileNameFor(project))
      : await platform.saveProject(text, state.fileName ?? fileNameFor(project), state.fileHandle);
    if (!saved) return { ok: true };
    store.getState().markSaved(saved);
    return { ok: true, message: `Saved ${saved.name}` };
  } catch (error) {
    return { ok: false, message: `Could not save: ${describe(error)}` };
  }
}

/**
 * Exports the stakeholder PDF of the current scenario. The simulations behind it run at the
 * project's iteration count, so this takes a few seconds; `onProgress` tells the user.
 */
export async function exportPdf(
  store: FathomStore,
  platform: PlatformAdapter,
  templates: TemplateRegistry,
  onProgress: (message: string) => void,
): Promise<ActionOutcome> {
  const { project, scenarioId } = store.getState();
  onProgress('Preparing the PDF report…');
  try {
    const { makeReportPdf } = await import('./export-pdf.ts');
    const locale = typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';
    const paper = /^en-(US|CA)$|^es-(MX|US)$/.test(locale) ? 'letter' : 'a4';
    const pdf = await makeReportPdf(project, scenarioId, templates, {
      locale,
      paper,
      date: new Date().toISOString().slice(0, 10),
    });
    const name = fileNameFor(project).replace(/\.fathom\.json$/, '.pdf');
    const done = await platform.exportFile(name, 'application/pdf', pdf);
    return done ? { ok: true, message: `Exported ${name}` } : { ok: true };
  } catch (error) {
    return { ok: false, message: `Could not make the PDF: ${describe(error)}` };
  }
}
