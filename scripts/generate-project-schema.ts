/**
 * Writes docs/project.schema.json from the engine's zod schema, so users' own tools can validate
 * project files. Run: npm run schema. A test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { projectJsonSchemaText } from '../engine/project/json-schema.ts';

const target = new URL('../docs/project.schema.json', import.meta.url);
writeFileSync(target, projectJsonSchemaText());
console.log(`wrote ${target.pathname}`);
