import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Project } from '../../engine/index.ts';
import { createDocumentSlice, type DocumentSlice } from './document-slice.ts';
import { createResultsSlice, type ResultsSlice } from './results-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

/** The app's one store: the document, the view and the results, as typed slices (STYLE.md). */
export type FathomState = DocumentSlice & ViewSlice & ResultsSlice;
export type FathomStore = StoreApi<FathomState>;

export function createFathomStore(initial: Project): FathomStore {
  return createStore<FathomState>()((...a) => ({
    ...createDocumentSlice(initial)(...a),
    ...createViewSlice(initial.scenarios[0]!.id)(...a),
    ...createResultsSlice(...a),
  }));
}
