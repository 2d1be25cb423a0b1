/**
 * Hostile and broken project files are harmless (issue 5): each gets a message that says what is
 * wrong and where, and none crashes, hangs or changes anything outside the loaded project.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FathomInputError, type InputIssue } from '../errors.ts';
import {
  checkProjectSize,
  MAX_JSON_DEPTH,
  MAX_PROJECT_BYTES,
  MAX_REPORTED_ISSUES,
  parseProject,
  serializeProject,
} from './load-project.ts';
import { projectSchema } from './project-schema.ts';
import { newProject } from '../../test/fixtures/projects.ts';

function issuesOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FathomInputError);
    const issues = (error as FathomInputError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message.trim()).not.toBe('');
    return issues;
  }
  throw new Error('expected a FathomInputError, nothing was thrown');
}

/** A valid file as a plain JSON object, to break. */
function validFile(): Record<string, unknown> {
  return JSON.parse(serializeProject(newProject('churn'))) as Record<string, unknown>;
}

function scenario0(file: Record<string, unknown>): Record<string, unknown> {
  return (file['scenarios'] as Record<string, unknown>[])[0]!;
}

afterEach(() => {
  // Nothing a file said may reach the prototypes every object shares.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe('keys that name the prototype', () => {
  const hostile = '{"polluted": "yes", "constructor": {"prototype": {"polluted": "yes"}}}';

  it('"__proto__" and "constructor" at every level are dropped, polluting nothing', () => {
    const base = serializeProject(newProject('churn'));
    const text = base
      .replace('{\n', `{\n  "__proto__": ${hostile},\n  "constructor": ${hostile},\n`)
      .replace('"meta": {', `"meta": {"__proto__": ${hostile}, "prototype": ${hostile},`)
      .replace('"settings": {', `"settings": {"__proto__": ${hostile},`)
      .replace('"inputs": {', `"inputs": {"__proto__": ${hostile}, "constructor": ${hostile},`)
      .replace('"goal": {', `"goal": {"__proto__": ${hostile},`);
    expect(text).not.toBe(base);
    const project = parseProject(text);
    expect(project).toStrictEqual(parseProject(base));
    expect(Object.getPrototypeOf(project)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(project.scenarios[0]!.inputs)).toBe(Object.prototype);
    expect(JSON.stringify(project)).not.toContain('polluted');
  });

  it('a "__proto__" where a list or a value belongs is a located type error', () => {
    const file = validFile();
    const text = JSON.stringify(file).replace(
      '"overrides":[]',
      `"overrides":[{"__proto__":{"task":"x"}}]`,
    );
    const issues = issuesOf(() => parseProject(text));
    expect(issues[0]!.path).toBe('scenarios[0].overrides[0].task');
  });
});

describe('numbers', () => {
  it('1e308 is a number like any other where large amounts are allowed', () => {
    const file = validFile();
    (file['settings'] as Record<string, unknown>)['budget'] = 1e308;
    expect(parseProject(JSON.stringify(file)).settings.budget).toBe(1e308);
  });

  it('1e309 (Infinity once read) is refused with the field named', () => {
    const text = serializeProject(newProject('churn')).replace(
      /"items": [^,]+,/,
      '"items": 1e309,',
    );
    expect(issuesOf(() => parseProject(text))).toEqual([
      { path: 'scenarios[0].inputs.labels.items', message: 'must be a finite number' },
    ]);
    const huge = serializeProject(newProject('churn')).replace(
      '"schemaVersion": 1',
      '"schemaVersion": 1e309',
    );
    expect(issuesOf(() => parseProject(huge))[0]!.path).toBe('schemaVersion');
  });

  it('"NaN", "Infinity" and "-Infinity" as strings are refused in numbers, quantities and settings', () => {
    for (const word of ['NaN', 'Infinity', '-Infinity']) {
      const file = validFile();
      (file['settings'] as Record<string, unknown>)['seed'] = word;
      const inputs = scenario0(file)['inputs'] as Record<string, Record<string, unknown>>;
      inputs['labels']!['items'] = word;
      inputs['data']!['volumeGb'] = word;
      const paths = issuesOf(() => parseProject(JSON.stringify(file))).map((i) => i.path);
      expect(paths.sort()).toEqual([
        'scenarios[0].inputs.data.volumeGb',
        'scenarios[0].inputs.labels.items',
        'settings.seed',
      ]);
    }
  });

  it('bare NaN and Infinity (not JSON) are syntax errors with line and column', () => {
    for (const word of ['NaN', 'Infinity', '-Infinity']) {
      const text = serializeProject(newProject('churn')).replace(
        /"items": [^,]+,/,
        `"items": ${word},`,
      );
      expect(issuesOf(() => parseProject(text))[0]!.message).toMatch(
        /^not valid JSON at line \d+, column \d+/,
      );
    }
  });
});

describe('size and depth', () => {
  it(`100,000 nested arrays are refused at once, with the line and column past ${MAX_JSON_DEPTH} levels`, () => {
    const depth = 100_000;
    for (const text of [
      '['.repeat(depth) + ']'.repeat(depth),
      `{"schemaVersion": 1,\n "scenarios": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
      '['.repeat(depth), // and truncated
      '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
    ]) {
      const issues = issuesOf(() => parseProject(text));
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toMatch(
        new RegExp(`nest more than ${MAX_JSON_DEPTH} levels deep at line \\d+, column \\d+`),
      );
    }
  });

  it('brackets inside strings do not count as nesting', () => {
    const project = newProject('churn');
    project.meta.name = '[['.repeat(100);
    expect(parseProject(serializeProject(project)).meta.name).toBe(project.meta.name);
  });

  it('a 50 MB file is refused by its size before it is read', () => {
    const text = ' '.repeat(50 * 1024 * 1024);
    expect(issuesOf(() => parseProject(text))).toEqual([
      { path: '', message: 'the file is too large for a project (50 MB; the limit is 20 MB)' },
    ]);
    // The app asks with the file's size before reading it.
    expect(issuesOf(() => checkProjectSize(50 * 1024 * 1024))[0]!.message).toContain('too large');
    expect(() => checkProjectSize(MAX_PROJECT_BYTES)).not.toThrow();
  });

  it('a file just under the limit, one long list where a scenario list belongs, is one message', () => {
    const count = 4_000_000;
    const text = `{"schemaVersion":1,"scenarios":[${'1,'.repeat(count - 1)}1]}`;
    expect(text.length).toBeLessThan(MAX_PROJECT_BYTES);
    expect(issuesOf(() => parseProject(text))).toEqual([
      { path: 'scenarios', message: 'has more than 50 items' },
    ]);
  });

  it('a megabyte of text where a quantity belongs is refused without reading it as one', () => {
    const file = validFile();
    const inputs = scenario0(file)['inputs'] as Record<string, Record<string, unknown>>;
    inputs['data']!['volumeGb'] = '9'.repeat(1_000_000);
    const issues = issuesOf(() => parseProject(JSON.stringify(file)));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.length).toBeLessThan(200);
  });

  it(`thousands of problems are listed up to ${MAX_REPORTED_ISSUES}, the rest counted`, () => {
    const file = validFile();
    scenario0(file)['overrides'] = Array.from({ length: 2000 }, () => ({ task: 7 }));
    const issues = issuesOf(() => parseProject(JSON.stringify(file)));
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(issues.at(-1)!.message).toBe(`… and ${2000 - MAX_REPORTED_ISSUES} more problems`);
  });
});

describe('wrong types everywhere', () => {
  /** Every path to a value in a JSON tree, objects and lists included. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    const out: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
    if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
    return out;
  }

  function replaced(file: unknown, path: (string | number)[], value: unknown): unknown {
    const copy = structuredClone(file) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = value;
    return copy;
  }

  const wrong: Record<string, (v: unknown) => unknown> = {
    string: (v) => (typeof v === 'string' ? 42 : 'forty-two'),
    number: (v) => (typeof v === 'number' ? 'NaN' : -1),
    boolean: (v) => (typeof v === 'boolean' ? 'true' : true),
    null: () => null,
    list: (v) => (Array.isArray(v) ? {} : []),
    object: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? [] : { a: 1 }),
  };

  it('each field of a valid file, given a value of each wrong type, loads valid or gets a located message', () => {
    const file = validFile();
    const all = paths(file);
    let refused = 0;
    for (const path of all) {
      for (const make of Object.values(wrong)) {
        const original = path.reduce<unknown>(
          (node, key) => (node as Record<string, unknown>)[key],
          file,
        );
        const text = JSON.stringify(replaced(file, path, make(original)));
        let project;
        try {
          project = parseProject(text);
        } catch (error) {
          expect(error).toBeInstanceOf(FathomInputError);
          const issues = (error as FathomInputError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) expect(issue.message).not.toBe('');
          refused++;
          continue;
        }
        // Accepted (a free-text field, or a value the schema converts): still a valid project.
        expect(projectSchema.safeParse(project).success).toBe(true);
      }
    }
    expect(all.length).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(all.length * 3);
  });
});
