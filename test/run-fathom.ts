import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The launcher the tests run, as a user would. */
export const FATHOM_BIN = fileURLToPath(new URL('../bin/fathom', import.meta.url));

export type FathomRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs `bin/fathom` as a separate process and collects its exit code and output (test helper).
 * `bin` and `env` let a test run a copy of the launcher or change its temp directory.
 */
export function runFathom(
  args: readonly string[],
  options: { cwd?: string; bin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<FathomRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.bin ?? FATHOM_BIN, args, {
      cwd: options.cwd,
      env: { ...process.env, FATHOM_DEBUG: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
