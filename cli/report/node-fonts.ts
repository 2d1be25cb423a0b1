import { existsSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORT_FONT_FILES, type FontBytesLoader } from '../../engine/report/pdf/fonts.ts';

/**
 * The repository's assets/fonts/. Found from this module when it runs from the sources (tests,
 * scripts), else from the `fathom` launcher (bin/fathom, through any symbolic link npm made): the
 * CLI bundle itself lives in node_modules/.cache or the temp directory.
 */
async function fontFolder(): Promise<string> {
  const candidates = [fileURLToPath(new URL('../../assets/fonts/', import.meta.url))];
  if (process.argv[1]) {
    try {
      candidates.push(join(dirname(dirname(await realpath(process.argv[1]))), 'assets', 'fonts'));
    } catch {
      // Not a file (e.g. `node -e`): the module's own location must do.
    }
  }
  const found = candidates.find((folder) => existsSync(join(folder, REPORT_FONT_FILES.regular)));
  if (!found) {
    throw new Error(
      `the report fonts are missing: ${REPORT_FONT_FILES.regular} is in none of ${candidates.join(', ')}`,
    );
  }
  return found;
}

let folder: Promise<string> | undefined;

/** Reads the report's fonts from assets/fonts (Node side of the injected font loader). */
export const nodeFontBytes: FontBytesLoader = async (file) => {
  folder ??= fontFolder();
  return new Uint8Array(await readFile(join(await folder, file)));
};

/**
 * Reads the report's fonts from a given folder: for code bundled somewhere neither this module's
 * place nor the launcher's leads back to the repository (the benchmark's bundle).
 */
export function fontBytesIn(fontsFolder: string): FontBytesLoader {
  return async (file) => new Uint8Array(await readFile(join(fontsFolder, file)));
}
