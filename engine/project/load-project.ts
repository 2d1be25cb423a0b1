import { FathomInputError, type InputIssue } from '../errors.ts';
import { jsonErrorOffset } from './json-error-position.ts';
import { migrations } from './migrations.ts';
import { projectSchema, SCHEMA_VERSION, type Project } from './project-schema.ts';

/** Largest project file the loader reads; bigger files are refused before parsing. */
export const MAX_PROJECT_BYTES = 20 * 1024 * 1024;

function zodPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
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
      { path: 'schemaVersion', message: `must be a whole number, got ${JSON.stringify(version)}` },
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
    const issues: InputIssue[] = parsed.error.issues.map((issue) => ({
      path: zodPath(issue.path),
      message: issue.message,
    }));
    throw new FathomInputError(issues);
  }
  return parsed.data;
}

/** Parses the text of a project file (see `projectFromJson`). */
export function parseProject(text: string): Project {
  if (text.length > MAX_PROJECT_BYTES) {
    throw new FathomInputError([
      {
        path: '',
        message: `the file is too large for a project (${Math.round(text.length / 1048576)} MB; the limit is ${MAX_PROJECT_BYTES / 1048576} MB)`,
      },
    ]);
  }
  return projectFromJson(parseJson(text));
}

/** The text of a project file: stable key order, two-space indent, trailing newline. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}
