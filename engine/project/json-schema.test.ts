import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectJsonSchema, projectJsonSchemaText } from './json-schema.ts';

const shipped = new URL('../../docs/project.schema.json', import.meta.url);

describe('docs/project.schema.json', () => {
  it('is the schema generated from the engine (run `npm run schema` when this fails)', () => {
    const text = readFileSync(shipped, 'utf8');
    expect(
      text === projectJsonSchemaText(),
      'docs/project.schema.json is out of date with engine/project/project-schema.ts: run `npm run schema` and commit the result',
    ).toBe(true);
  });

  it('describes a file users can write: defaults optional, quantities as text or numbers', () => {
    const schema = projectJsonSchema() as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required.sort()).toEqual(['scenarios', 'schemaVersion']);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'meta', 'settings', 'scenarios']),
    );
    const text = projectJsonSchemaText();
    expect(text).toContain('"volumeGb": {\n');
    const inputs = (
      schema.properties['scenarios'] as {
        items: { properties: { inputs: { properties: Record<string, unknown> } } };
      }
    ).items.properties.inputs.properties;
    expect(Object.keys(inputs).sort()).toEqual(
      ['compute', 'data', 'goal', 'labels', 'mlops', 'team'].sort(),
    );
    const volume = (inputs['data'] as { properties: Record<string, { type?: unknown }> })
      .properties['volumeGb']!;
    expect(volume.type).toEqual(['number', 'string']);
  });
});
