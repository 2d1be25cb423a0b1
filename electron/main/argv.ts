import { statSync } from 'node:fs';
import path from 'node:path';
import { isProjectPath } from './documents.ts';

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The project files named on a command line (a double-click in the file manager, `fathom
 * plan.fathom.json`, or a second instance's arguments): every argument that is not a switch,
 * names a `.json` file and exists, resolved against the folder the command ran in.
 */
export function projectFilesFromArgv(
  argv: readonly string[],
  cwd: string,
  exists: (file: string) => boolean = isFile,
): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-') || !isProjectPath(arg)) continue;
    const file = path.resolve(cwd, arg);
    if (exists(file) && !files.includes(file)) files.push(file);
  }
  return files;
}
