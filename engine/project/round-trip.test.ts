import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from './load-project.ts';
import { projectSchema } from './project-schema.ts';
import { duplicateScenario, setBaseline } from './scenario-operations.ts';
import { projects } from '../../test/fixtures/arbitrary-project.ts';
import { newProject, templateIds } from '../../test/fixtures/projects.ts';

describe('save → load gives an equal project', () => {
  it.each(templateIds)('a %s project with two scenarios and a chosen baseline', (id) => {
    const first = newProject(id);
    const project = setBaseline(
      duplicateScenario(first, first.scenarios[0]!.id),
      `${first.scenarios[0]!.id}-copy`,
    );
    const text = serializeProject(project);
    expect(parseProject(text)).toStrictEqual(project);
    expect(serializeProject(parseProject(text))).toBe(text);
  });

  it('generated projects: every part of the format, odd but valid values (fast-check)', () => {
    fc.assert(
      fc.property(projects, (project) => {
        const text = serializeProject(project);
        const loaded = parseProject(text);
        expect(loaded).toStrictEqual(project);
        // Stable bytes: saving what was loaded writes the same file.
        expect(serializeProject(loaded)).toBe(text);
        expect(projectSchema.safeParse(loaded).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
