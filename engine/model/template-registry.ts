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

/** The id, name and description a template file states, read before (or without) validating it. */
function statedSummary(raw: unknown): { id: string; name: string; description: string } {
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === 'string' ? fields[key] : '');
  return { id: text('id'), name: text('name'), description: text('description') };
}

/**
 * Builds the registry. `userFiles` are templates a user dropped in their templates folder (read
 * by the CLI or the app); a broken one is reported in `problems`, never fatal, and a user template
 * with a built-in's id replaces it (a house version of a standard template).
 *
 * A built-in template is validated and its expressions compiled on its first `get`, not here:
 * that work (and the expression engine it starts) costs a few hundred milliseconds, and the app
 * and the simulation worker open one template at start-up, not all of them. The built-ins are
 * checked by the engine's tests; user files are checked here, so their problems are known at once.
 */
export function createTemplateRegistry(
  userFiles: readonly { file: string; raw: unknown }[] = [],
): TemplateRegistry {
  type Entry = { summary: TemplateSummary; load: () => Template };
  const templates = new Map<string, Entry>();
  for (const { file, raw } of builtinTemplateFiles) {
    let template: Template | undefined;
    const summary = { ...statedSummary(raw), builtin: true };
    templates.set(summary.id, {
      summary,
      load: () => (template ??= loadTemplate(raw, file)),
    });
  }
  const problems: string[] = [];
  for (const { file, raw } of userFiles) {
    try {
      const template = loadTemplate(raw, file);
      templates.set(template.id, {
        summary: {
          id: template.id,
          name: template.name,
          description: template.description,
          builtin: false,
        },
        load: () => template,
      });
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
    list: () => [...templates.values()].map(({ summary }) => ({ ...summary })),
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
      return found.load();
    },
  };
}
