import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from './load-project.ts';
import { migrations } from './migrations.ts';
import { SCHEMA_VERSION } from './project-schema.ts';

/**
 * One fixture per schema version (test/fixtures/projects/vN.fathom.json, as that version of
 * Fathom wrote it) and the project it must load as today (vN.expected.json). When the format
 * changes: add a migration, a fixture of the new version, and keep every old fixture.
 */
const folder = new URL('../../test/fixtures/projects/', import.meta.url);
const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

function read(name: string): string {
  return readFileSync(new URL(name, folder), 'utf8');
}

describe('project files of every schema version', () => {
  it('there is a fixture and an expected result for each version, and a migration from each older one', () => {
    for (const v of versions) {
      expect(existsSync(new URL(`v${v}.fathom.json`, folder)), `v${v}.fathom.json`).toBe(true);
      expect(existsSync(new URL(`v${v}.expected.json`, folder)), `v${v}.expected.json`).toBe(true);
      expect(JSON.parse(read(`v${v}.fathom.json`))).toHaveProperty('schemaVersion', v);
      if (v < SCHEMA_VERSION) expect(migrations[v], `migration from ${v}`).toBeTypeOf('function');
    }
  });

  it.each(versions)('version %i loads (migrated) to its known result', (v) => {
    const expected: unknown = JSON.parse(read(`v${v}.expected.json`));
    const project = parseProject(read(`v${v}.fathom.json`));
    expect(project).toStrictEqual(expected);
    // Saved again, it is a current file that loads to itself.
    expect(parseProject(serializeProject(project))).toStrictEqual(expected);
  });
});
