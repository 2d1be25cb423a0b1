import { z } from 'zod';
import { projectSchema, SCHEMA_VERSION } from './project-schema.ts';

/**
 * The JSON Schema of a project file, generated from the zod schema (the file's input form: fields
 * with defaults are optional, quantities may be strings with units).
 */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(projectSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'Fathom project file',
    description: `A Fathom plan (*.fathom.json), schema version ${SCHEMA_VERSION}. Generated from engine/project/project-schema.ts; do not edit by hand.`,
  };
}

export function projectJsonSchemaText(): string {
  return `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
}
