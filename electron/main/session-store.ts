import { promises as fs } from 'node:fs';
import { atomicWrite } from './atomic-write.ts';

export type SessionStore = {
  load(): Promise<string | undefined>;
  store(text: string): Promise<void>;
};

/** The document of the last session, so the app reopens where the user left it. */
export function createSessionStore(file: string): SessionStore {
  return {
    load: () => fs.readFile(file, 'utf8').catch(() => undefined),
    store: (text) => atomicWrite(file, text),
  };
}
