import type { StateCreator } from 'zustand';
import type { Project } from '../../engine/index.ts';
import type { FathomState } from './store.ts';

/** Edits kept for undo; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** The document: the project being edited, its file and its undo history (document edits only). */
export type DocumentSlice = {
  project: Project;
  fileName: string | undefined;
  fileHandle: unknown;
  dirty: boolean;
  past: Project[];
  future: Project[];
  /** Replaces the document (open, new); the undo history starts again. */
  replaceDocument(project: Project, file?: { name: string; handle?: unknown }): void;
  /** Applies an edit: `recipe` returns the new project from the current one. */
  edit(recipe: (project: Project) => Project): void;
  undo(): void;
  redo(): void;
  markSaved(file: { name: string; handle?: unknown }): void;
};

export const createDocumentSlice =
  (initial: Project): StateCreator<FathomState, [], [], DocumentSlice> =>
  (set, get) => ({
    project: initial,
    fileName: undefined,
    fileHandle: undefined,
    dirty: false,
    past: [],
    future: [],
    replaceDocument: (project, file) =>
      set({
        project,
        fileName: file?.name,
        fileHandle: file?.handle,
        dirty: false,
        past: [],
        future: [],
        scenarioId: project.scenarios[0]!.id,
        invalid: {},
      }),
    edit: (recipe) => {
      const current = get().project;
      const next = recipe(current);
      if (next === current) return;
      set({
        project: next,
        past: [...get().past, current].slice(-HISTORY_LIMIT),
        future: [],
        dirty: true,
      });
    },
    undo: () => {
      const { past, project, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({
        project: previous,
        past: past.slice(0, -1),
        future: [project, ...future],
        dirty: true,
        invalid: {},
      });
    },
    redo: () => {
      const { past, project, future } = get();
      const next = future[0];
      if (!next) return;
      set({
        project: next,
        past: [...past, project],
        future: future.slice(1),
        dirty: true,
        invalid: {},
      });
    },
    markSaved: (file) => set({ fileName: file.name, fileHandle: file.handle, dirty: false }),
  });
