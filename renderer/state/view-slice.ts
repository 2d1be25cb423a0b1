import type { StateCreator } from 'zustand';
import type { FathomState } from './store.ts';

export type Tab = 'results' | 'tasks' | 'risks' | 'compare';

/** What the screen shows: not part of the document, so undo does not touch it. */
export type ViewSlice = {
  tab: Tab;
  scenarioId: string;
  /** Fields whose text is not valid, keyed by field id, with the message shown next to them. */
  invalid: Record<string, string>;
  /** The input the user asked to see (from an advisor finding). */
  focusField: string | undefined;
  showStart: boolean;
  /** A task import was asked for away from the Tasks tab (the desktop menu); the tab runs it. */
  taskImportRequested: boolean;
  setTab(tab: Tab): void;
  setScenario(id: string): void;
  setInvalid(field: string, message: string | undefined): void;
  requestFocus(field: string | undefined): void;
  setShowStart(show: boolean): void;
  requestTaskImport(requested: boolean): void;
};

export const createViewSlice =
  (scenarioId: string): StateCreator<FathomState, [], [], ViewSlice> =>
  (set, get) => ({
    tab: 'results',
    scenarioId,
    invalid: {},
    focusField: undefined,
    showStart: false,
    taskImportRequested: false,
    setTab: (tab) => set({ tab }),
    setScenario: (id) => set({ scenarioId: id }),
    setInvalid: (field, message) => {
      const invalid = { ...get().invalid };
      if (message === undefined) delete invalid[field];
      else invalid[field] = message;
      set({ invalid });
    },
    requestFocus: (field) => set({ focusField: field }),
    setShowStart: (show) => set({ showStart: show }),
    requestTaskImport: (requested) => set({ taskImportRequested: requested }),
  });
