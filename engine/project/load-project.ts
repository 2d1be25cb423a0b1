import { FathomInputError, type InputIssue } from '../errors.ts';
import { jsonErrorOffset, jsonNestingOffset } from './json-error-position.ts';
import { migrations } from './migrations.ts';
import { inputIssuesOf } from './zod-issues.ts';
import { projectSchema, SCHEMA_VERSION, type Project } from './project-schema.ts';

/** Largest project file the loader reads; bigger files are refused before parsing. */
export const MAX_PROJECT_BYTES = 20 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects the loader reads. A valid project nests about 7 levels
 * (scenarios → scenario → inputs → compute → training …); the margin leaves room for new fields.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Most problems one error lists. A file can be wrong in 100,000 places; a message that long
 * helps no one and costs memory, so the rest are counted in a last line.
 */
export const MAX_REPORTED_ISSUES = 50;

/**
 * Refuses a project file larger than `MAX_PROJECT_BYTES` (sizes in bytes, or in characters of
 * text: within a factor that does not matter here). Call it with a file's size before reading
 * it, so a 50 MB file is refused without being read; `parseProject` calls it too.
 */
export function checkProjectSize(size: number): void {
  if (size > MAX_PROJECT_BYTES) {
    throw new FathomInputError([
      {
        path: '',
        message: `the file is too large for a project (${Math.round(size / 1048576)} MB; the limit is ${MAX_PROJECT_BYTES / 1048576} MB)`,
      },
    ]);
  }
}

/** A short description of a value for messages: never the whole of a huge or deep value. */
function brief(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

/** At most `MAX_REPORTED_ISSUES`, the rest counted in a last issue. */
function capped(issues: readonly InputIssue[]): InputIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return [...issues];
  const rest = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    { path: '', message: `… and ${rest} more problem${rest === 1 ? '' : 's'}` },
  ];
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJson(text: string): unknown {
  const deep = jsonNestingOffset(text, MAX_JSON_DEPTH);
  if (deep >= 0) {
    throw new FathomInputError([
      {
        path: '',
        message: `not a Fathom project: lists and objects nest more than ${MAX_JSON_DEPTH} levels deep at ${lineAndColumn(text, deep)}`,
      },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // A SyntaxError, or a RangeError when the engine runs out of memory or stack.
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : jsonErrorOffset(text);
    const where = offset >= 0 ? ` at ${lineAndColumn(text, offset)}` : '';
    throw new FathomInputError([
      {
        path: '',
        message: `not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      },
    ]);
  }
}

/**
 * Turns a decoded JSON value into a current `Project`: checks the version (a newer file is
 * refused), migrates older versions step by step, then validates. Throws `FathomInputError` with
 * every problem and its field path; nothing is returned unless the whole file is valid.
 */
export function projectFromJson(value: unknown): Project {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FathomInputError([
      { path: '', message: 'not a Fathom project: the file must hold a JSON object' },
    ]);
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    throw new FathomInputError([
      { path: 'schemaVersion', message: 'missing: this is not a Fathom project file' },
    ]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FathomInputError([
      { path: 'schemaVersion', message: `must be a whole number, got ${brief(version)}` },
    ]);
  }
  if (version > SCHEMA_VERSION) {
    throw new FathomInputError([
      {
        path: 'schemaVersion',
        message: `this file was made by a newer version of Fathom (format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Fathom to open it.`,
      },
    ]);
  }
  let current: unknown = value;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) throw new Error(`no migration from schema version ${v}`);
    current = migrate(current);
  }
  const parsed = projectSchema.safeParse(current);
  if (!parsed.success) {
    throw new FathomInputError(capped(inputIssuesOf(parsed.error)));
  }
  return parsed.data;
}

/** Parses the text of a project file (see `projectFromJson`). */
export function parseProject(text: string): Project {
  checkProjectSize(text.length);
  return projectFromJson(parseJson(text));
}

/**
 * The text of a project file: two-space indent, trailing newline, and keys in the schema's order
 * whatever order edits added them in (the app appends a budget set later after the deadline, an
 * operation appends `baseline`), so the same project always gives the same bytes: saved files
 * diff cleanly in git.
 */
export function serializeProject(project: Project): string {
  const canonical = projectSchema.safeParse(project);
  return `${JSON.stringify(canonical.success ? canonical.data : project, null, 2)}\n`;
}
