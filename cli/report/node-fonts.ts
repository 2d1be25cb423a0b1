import { readFile, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FontBytesLoader } from '../../engine/report/pdf/fonts.ts';

const PACKAGE = 'dejavu-fonts-ttf/package.json';

/**
 * Where `dejavu-fonts-ttf` is installed. Resolved from this module first (the sources, or the CLI
 * bundle in node_modules/.cache), then from the `fathom` launcher's own folder, for a bundle kept
 * in the temp directory, from where no node_modules can be found.
 */
async function fontFolder(): Promise<string> {
  const bases = [import.meta.url];
  if (process.argv[1]) {
    try {
      bases.push(pathToFileURL(await realpath(process.argv[1])).href);
    } catch {
      // Not a file (e.g. `node -e`): the module's own location must do.
    }
  }
  for (const base of bases) {
    try {
      return join(dirname(createRequire(base).resolve(PACKAGE)), 'ttf');
    } catch {
      // Try the next base.
    }
  }
  throw new Error('the report fonts are missing: run "npm install" (package dejavu-fonts-ttf)');
}

let folder: Promise<string> | undefined;

/** Reads the report's fonts from node_modules (Node side of the injected font loader). */
export const nodeFontBytes: FontBytesLoader = async (file) => {
  folder ??= fontFolder();
  return new Uint8Array(await readFile(join(await folder, file)));
};
