import { describe, expect, it, vi } from 'vitest';
import type * as Engine from '../engine/index.ts';

// A bug anywhere below the CLI: the engine throws something that is not an input error.
vi.mock('../engine/index.ts', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  return {
    ...engine,
    simulate: () => {
      throw new TypeError('cannot read properties of undefined');
    },
  };
});

const { main } = await import('./main.ts');

function capture(argv: string[], debug = false) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, debug);
  return { code, stdout, stderr };
}

describe('main', () => {
  it('reports a bug as an internal error with exit code 1 and no stack trace', () => {
    const run = capture(['simulate', 'examples/ml-pipeline.tasks.csv', '--iterations', '10']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fathom: internal error: cannot read properties of undefined\n/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the stack trace of a bug when debugging', () => {
    const run = capture(['simulate', 'examples/ml-pipeline.tasks.csv'], true);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});
