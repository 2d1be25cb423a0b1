import {
  FathomInputError,
  formatIssue,
  parseProject,
  serializeProject,
  type Project,
} from '../../engine/index.ts';
import type { FathomStore } from '../state/store.ts';
import type { PlatformAdapter } from '../platform/platform-adapter.ts';

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

/** Exports the latest result as JSON (the same keys as `fathom simulate --json`). */
export async function exportResultJson(
  store: FathomStore,
  platform: PlatformAdapter,
): Promise<ActionOutcome> {
  const { result, project } = store.getState();
  if (!result) return { ok: false, message: 'There is no estimate to export yet.' };
  const { built: _built, ...plain } = result;
  const name = fileNameFor(project).replace(/\.fathom\.json$/, '.result.json');
  await platform.exportFile(name, 'application/json', `${JSON.stringify(plain, null, 2)}\n`);
  return { ok: true, message: `Exported ${name}` };
}
