import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFilesFromArgv } from './argv.ts';

describe('files from the command line', () => {
  const exists = (file: string) => !file.includes('missing');
  it('takes existing .json files, resolved against the working folder, skipping switches', () => {
    const argv = [
      '/opt/Fathom/fathom',
      '--no-sandbox',
      'plan.fathom.json',
      '/abs/other.FATHOM.JSON',
      'missing.fathom.json',
      'notes.txt',
      '--inspect=9229',
      'plan.fathom.json',
    ];
    expect(projectFilesFromArgv(argv, '/home/u', exists)).toEqual([
      path.resolve('/home/u', 'plan.fathom.json'),
      '/abs/other.FATHOM.JSON',
    ]);
  });

  it('ignores the executable itself and finds nothing in a bare start', () => {
    expect(projectFilesFromArgv(['/usr/bin/electron', '.'], '/w', exists)).toEqual([]);
  });
});
