import { createTemplateRegistry } from '../../engine/index.ts';

/**
 * The built-in templates, one registry for the whole page: a template is validated and compiled
 * on its first use, so modules that each made their own registry paid for that once per module.
 */
export const builtinTemplates = createTemplateRegistry();
