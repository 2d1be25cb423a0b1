import type { Context } from '../command.ts';
import { readUserTemplates, templateFolders } from './user-templates.ts';

/** The template registry with the user's templates; problems with them are printed as warnings. */
export async function loadRegistry(context: Pick<Context, 'stderr'>) {
  const { createTemplateRegistry } = await import('./model.ts');
  const registry = createTemplateRegistry(readUserTemplates(templateFolders()));
  for (const problem of registry.problems) context.stderr(`fathom: warning: template ${problem}\n`);
  return registry;
}
