import type { Template } from '../../engine/index.ts';
import { builtinTemplates } from '../app/builtin-templates.ts';

/** The built-in template with this id, or undefined when the project names an unknown one. */
export function templateOf(id: string): Template | undefined {
  try {
    return builtinTemplates.get(id);
  } catch {
    return undefined;
  }
}
