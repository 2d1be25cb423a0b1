import { createProject, type Project, type TemplateRegistry } from '../../engine/index.ts';

/** The built-in example plan a first run opens: a churn model for a subscription business. */
export function exampleProject(templates: TemplateRegistry, today: string): Project {
  const project = createProject(templates.get('churn'), {
    today,
    region: 'us',
    currency: 'USD',
    name: 'Example: churn prediction',
  });
  return { ...project, meta: { ...project.meta, author: 'Fathom example' } };
}
