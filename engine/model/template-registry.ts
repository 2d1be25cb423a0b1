import { builtinTemplateFiles } from '../../presets/templates/index.ts';
import { FathomInputError, formatIssue } from '../errors.ts';
import { loadTemplate } from './compile-template.ts';
import type { Template } from './template-schema.ts';

export type TemplateSummary = { id: string; name: string; description: string; builtin: boolean };

/** The templates a session can use: the built-in ones and the user's own files. */
export type TemplateRegistry = {
  list(): TemplateSummary[];
  /** The template with this id; throws `FathomInputError` naming the known ids when there is none. */
  get(id: string): Template;
  /** User template files that could not be used, with why. */
  problems: readonly string[];
};

/**
 * Builds the registry. `userFiles` are templates a user dropped in their templates folder (read
 * by the CLI or the app); a broken one is reported in `problems`, never fatal, and a user template
 * with a built-in's id replaces it (a house version of a standard template).
 */
export function createTemplateRegistry(
  userFiles: readonly { file: string; raw: unknown }[] = [],
): TemplateRegistry {
  const templates = new Map<string, { template: Template; builtin: boolean }>();
  for (const { file, raw } of builtinTemplateFiles) {
    const template = loadTemplate(raw, file);
    templates.set(template.id, { template, builtin: true });
  }
  const problems: string[] = [];
  for (const { file, raw } of userFiles) {
    try {
      const template = loadTemplate(raw, file);
      templates.set(template.id, { template, builtin: false });
    } catch (error) {
      const detail =
        error instanceof FathomInputError
          ? error.issues.map(formatIssue).join('; ')
          : (error as Error).message;
      problems.push(`${file}: ${detail}`);
    }
  }
  return {
    problems,
    list: () =>
      [...templates.values()].map(({ template, builtin }) => ({
        id: template.id,
        name: template.name,
        description: template.description,
        builtin,
      })),
    get(id) {
      const found = templates.get(id);
      if (!found) {
        throw new FathomInputError([
          {
            path: 'template',
            message: `unknown template "${id}"; known templates: ${[...templates.keys()].join(', ')}`,
          },
        ]);
      }
      return found.template;
    },
  };
}
