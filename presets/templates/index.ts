/** The built-in templates, as data. A new built-in template is one JSON file plus one line here. */
import churn from './churn.json' with { type: 'json' };

export const builtinTemplateFiles: readonly { file: string; raw: unknown }[] = [
  { file: 'churn.json', raw: churn },
];
