import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Folders whose `*.json` files are the user's own templates: `$FATHOM_TEMPLATES` (folders
 * separated by the platform's path separator, e.g. `:`) and `~/.fathom/templates`.
 */
export function templateFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = (env['FATHOM_TEMPLATES'] ?? '')
    .split(process.platform === 'win32' ? ';' : ':')
    .filter(Boolean);
  return [...fromEnv, join(homedir(), '.fathom', 'templates')];
}

/**
 * The template files of those folders. A file that is not JSON is still returned (as its text),
 * so the registry reports it in its problems rather than the CLI dropping it silently.
 */
export function readUserTemplates(folders: readonly string[]): { file: string; raw: unknown }[] {
  const files: { file: string; raw: unknown }[] = [];
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = join(folder, name);
      const text = readFileSync(file, 'utf8');
      try {
        files.push({ file, raw: JSON.parse(text) as unknown });
      } catch (error) {
        files.push({ file, raw: { invalidJson: (error as Error).message } });
      }
    }
  }
  return files;
}
