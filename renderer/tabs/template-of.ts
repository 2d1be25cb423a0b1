import { createTemplateRegistry, type Template } from '../../engine/index.ts';

const registry = createTemplateRegistry();

/** The built-in template with this id, or undefined when the project names an unknown one. */
export function templateOf(id: string): Template | undefined {
  try {
    return registry.get(id);
  } catch {
    return undefined;
  }
}
