/**
 * Fuzzing the loader (issue 5): over 10,000 generated and mutated files go through
 * `parseProject` in every test run. Whatever the file, either it loads and the project validates
 * again, or the loader throws a `FathomInputError` whose every issue has a message; no other
 * exception escapes and nothing leaks into shared prototypes. Files are kept small (a few KB) so
 * the run stays within a minute on a slow two-core machine: the count matters, not the size
 * (size and depth have their own tests in hostile-files.test.ts).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FathomInputError } from '../errors.ts';
import { parseProject, serializeProject } from './load-project.ts';
import { projectSchema } from './project-schema.ts';
import { projectFiles } from '../../test/fixtures/arbitrary-project.ts';
import { newProject, templateIds } from '../../test/fixtures/projects.ts';

const tally = { files: 0, accepted: 0, rejected: 0 };
const started = performance.now();

/** The property every file must hold. */
function check(text: string): void {
  tally.files++;
  let project;
  try {
    project = parseProject(text);
  } catch (error) {
    if (!(error instanceof FathomInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.message).toBe('string');
      expect(issue.message.trim()).not.toBe('');
    }
    tally.rejected++;
    return;
  }
  tally.accepted++;
  expect(projectSchema.safeParse(project).success).toBe(true);
}

/** Valid files to break: every template, and generated files that use every part of the format. */
const pool: string[] = [
  ...templateIds.map((id) => serializeProject(newProject(id))),
  ...fc.sample(projectFiles, { numRuns: 40, seed: 5 }).map((file) => JSON.stringify(file, null, 2)),
];
const validText = fc.constantFrom(...pool);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in a JSON tree. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const poolPaths = pool.map((text) => paths(JSON.parse(text) as Json).filter((p) => p.length > 0));

/** Values of the wrong type, or of the right type but hostile. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    0.5,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    'NaN',
    'Infinity',
    '-5 GB',
    '1e999 TB',
    '__proto__',
    'constructor',
    [],
    {},
    [[[[]]]],
    { __proto__: null, polluted: true },
    { type: 'pert', min: 5, mode: 1, max: 2 },
    { type: 'lognormal', p5: 0, p95: 1 },
    'x'.repeat(5000),
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

function replaceAt(value: Json, path: (string | number)[], replacement: unknown): Json {
  if (path.length === 0) return replacement as Json;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = replaceAt(copy[head as number]!, rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  copy[head as string] = replaceAt(copy[head as string]!, rest, replacement);
  return copy;
}

/** Random JSON, also shaped like a project: the right keys with random values. */
const randomJson: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc
    .record(
      {
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
        meta: fc.jsonValue({ maxDepth: 2 }),
        settings: fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.dictionary(
            fc.constantFrom('iterations', 'seed', 'startDate', 'budget', 'deadline', 'holidays'),
            fc.jsonValue({ maxDepth: 1 }),
          ),
        ),
        baseline: fc.jsonValue({ maxDepth: 1 }),
        scenarios: fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.array(
            fc.record(
              {
                id: fc.oneof(fc.constantFrom('a', 'b'), fc.jsonValue({ maxDepth: 1 })),
                name: fc.jsonValue({ maxDepth: 1 }),
                template: fc.oneof(fc.constantFrom(...templateIds), fc.jsonValue({ maxDepth: 1 })),
                inputs: fc.dictionary(
                  fc.constantFrom('goal', 'data', 'labels', 'team', 'compute', 'mlops'),
                  fc.jsonValue({ maxDepth: 2 }),
                ),
                overrides: fc.jsonValue({ maxDepth: 3 }),
                extraTasks: fc.jsonValue({ maxDepth: 3 }),
                risks: fc.jsonValue({ maxDepth: 3 }),
                drivers: fc.jsonValue({ maxDepth: 3 }),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        ),
      },
      { requiredKeys: [] },
    )
    .map((file) => JSON.stringify(file)),
);

/** Edits of a valid file's text: inserted, deleted, duplicated and swapped characters. */
const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'swap', 'replace'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(
    fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '-', '0', 'e', '1e999', 'null', ' '),
    fc.string({ maxLength: 8, unit: 'binary' }),
  ),
});
type EditValue = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, e: EditValue): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'duplicate':
      return (
        text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length)
      );
    case 'swap': {
      const other = (at + e.length) % (text.length + 1);
      const [i, j] = at < other ? [at, other] : [other, at];
      return (
        text.slice(0, i) +
        text.charAt(j) +
        text.slice(i + 1, j) +
        text.charAt(i) +
        text.slice(j + 1)
      );
    }
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(at + e.length);
  }
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Runs of each kind; they add up to the count the issue asks for (≥ 10,000). */
const RUNS = {
  randomJson: 2_000,
  truncated: 2_000,
  flippedTypes: 3_000,
  mutated: 3_000,
  hostileKeys: 1_000,
  randomBytes: 1_000,
};

describe('fuzzing parseProject: no exception but FathomInputError, every rejection explained', () => {
  it(`${RUNS.randomJson} random JSON values, some shaped like a project`, () => {
    fc.assert(
      fc.property(randomJson, (text) => check(text)),
      { numRuns: RUNS.randomJson },
    );
  });

  it(`${RUNS.truncated} valid files cut at a random offset`, () => {
    fc.assert(
      fc.property(validText, fc.nat(), (text, n) => check(text.slice(0, n % text.length))),
      { numRuns: RUNS.truncated },
    );
  });

  it(`${RUNS.flippedTypes} valid files with a random field given a value of another type`, () => {
    fc.assert(
      fc.property(
        fc.nat(pool.length - 1),
        fc.nat(),
        fc.array(wrongValue, { minLength: 1, maxLength: 3 }),
        (i, n, values) => {
          let value = JSON.parse(pool[i]!) as Json;
          const candidates = poolPaths[i]!;
          values.forEach((replacement, k) => {
            const path = candidates[(n + k * 7919) % candidates.length]!;
            try {
              value = replaceAt(value, path, replacement);
            } catch {
              // The path went away with an earlier replacement: keep the file as it is.
            }
          });
          check(JSON.stringify(value));
        },
      ),
      { numRuns: RUNS.flippedTypes },
    );
  });

  it(`${RUNS.mutated} valid files with 1 to 5 random edits of their text`, () => {
    fc.assert(
      fc.property(validText, fc.array(edit, { minLength: 1, maxLength: 5 }), (text, edits) =>
        check(edits.reduce(applyEdit, text)),
      ),
      { numRuns: RUNS.mutated },
    );
  });

  it(`${RUNS.hostileKeys} valid files with "__proto__", "constructor" or "prototype" keys injected`, () => {
    fc.assert(
      fc.property(
        validText,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_KEYS), wrongValue), {
          minLength: 1,
          maxLength: 4,
        }),
        (text, injections) => {
          let out = text;
          for (const [n, key, value] of injections) {
            const braces = [...out.matchAll(/\{/g)].map((m) => m.index);
            const at = braces[n % braces.length]! + 1;
            const member = `"${key}": ${JSON.stringify(value) ?? 'null'}`;
            out = `${out.slice(0, at)}${member}${out[at] === '}' ? '' : ','}${out.slice(at)}`;
          }
          check(out);
        },
      ),
      { numRuns: RUNS.hostileKeys },
    );
  });

  it(`${RUNS.randomBytes} files of random bytes, read as UTF-8 and as Latin-1`, () => {
    const utf8 = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.boolean(), (bytes, asUtf8) =>
        check(asUtf8 ? utf8.decode(bytes) : String.fromCharCode(...bytes)),
      ),
      { numRuns: RUNS.randomBytes },
    );
  });
});

afterAll(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  const total = Object.values(RUNS).reduce((a, b) => a + b, 0);
  expect(tally.files).toBeGreaterThanOrEqual(total);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${tally.files} files through parseProject in ${seconds} s (${tally.accepted} accepted and valid, ${tally.rejected} rejected with a message)`,
  );
});
