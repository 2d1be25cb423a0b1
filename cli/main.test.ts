import { describe, expect, it, vi } from 'vitest';
import type * as Engine from './engine.ts';

// A bug anywhere below the CLI: the engine throws something that is not an input error.
vi.mock('./engine.ts', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  return {
    ...engine,
    simulate: () => {
      throw new TypeError('cannot read properties of undefined');
    },
  };
});

const { main } = await import('./main.ts');

async function capture(argv: string[], debug = false) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
  };
  const code = await main(argv, io, { debug });
  return { code, stdout, stderr };
}

describe('main', () => {
  it('reports a bug as an internal error with exit code 1 and no stack trace', async () => {
    const run = await capture(['simulate', 'examples/ml-pipeline.tasks.csv', '--iterations', '10']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fathom: internal error: cannot read properties of undefined\n/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the stack trace of a bug when debugging', async () => {
    const run = await capture(['simulate', 'examples/ml-pipeline.tasks.csv'], true);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});
