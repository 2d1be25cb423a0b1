/**
 * Migrations of project files, keyed by the version they upgrade from: `migrations[1]` turns a
 * version-1 object into version 2. Each is a pure function over plain JSON; the loader applies
 * them in order and validates only the result. Version 1 is the first format, so none exist yet.
 */
export const migrations: Record<number, (file: unknown) => unknown> = {};
