import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { FathomState, FathomStore } from './store.ts';

/** Components reach the store only through this module (STYLE.md). */
export const StoreContext = createContext<FathomStore | undefined>(undefined);

export function useFathomStore(): FathomStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useFathom needs a <StoreContext.Provider>');
  return store;
}

/** Selects one value from the store; re-renders only when it changes. */
export function useFathom<T>(selector: (state: FathomState) => T): T {
  return useStore(useFathomStore(), selector);
}

/** Selects several values as an object, compared shallowly. */
export function useFathomShallow<T extends object>(selector: (state: FathomState) => T): T {
  return useStore(useFathomStore(), useShallow(selector));
}
