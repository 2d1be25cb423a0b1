import { FathomInputError, type InputIssue } from '../errors.ts';
import { compileExpression } from './expressions.ts';
import { templateSchema, type Expression, type Range, type Template } from './template-schema.ts';

/** Every expression of a template with where it sits, for compile errors and for evaluation. */
function expressionsOf(template: Template): { where: string; source: Expression }[] {
  const list: { where: string; source: Expression }[] = [];
  const range = (where: string, r: Range | undefined) => {
    if (r === undefined) return;
    const values = Array.isArray(r) ? r : Object.values(r).flat();
    values.forEach((source, i) => list.push({ where: `${where}[${i}]`, source }));
  };
  Object.entries(template.variables).forEach(([name, source]) =>
    list.push({ where: `variable "${name}"`, source }),
  );
  template.tasks.forEach((t) => {
    range(`task "${t.id}" effort`, t.effort);
    range(`task "${t.id}" duration`, t.duration);
    if (t.when !== undefined) list.push({ where: `task "${t.id}" when`, source: t.when });
    t.dependsOn.forEach((d, i) => {
      if (typeof d !== 'string')
        list.push({ where: `task "${t.id}" dependsOn[${i}].when`, source: d.when });
    });
    t.costs.forEach((c, i) => list.push({ where: `task "${t.id}" costs[${i}]`, source: c.amount }));
  });
  template.drivers.forEach((d) => range(`driver "${d.id}" multiplier`, d.multiplier));
  template.risks.forEach((r) => {
    list.push({ where: `risk "${r.id}" probability`, source: r.probability });
    range(`risk "${r.id}" delay`, r.delay);
    range(`risk "${r.id}" cost`, r.cost);
    if (r.mitigation) {
      list.push({ where: `risk "${r.id}" mitigation.cost`, source: r.mitigation.cost });
      list.push({
        where: `risk "${r.id}" mitigation.probability`,
        source: r.mitigation.probability,
      });
    }
  });
  template.running.forEach((r) => {
    list.push({ where: `running cost "${r.id}" monthly`, source: r.monthly });
    range(`running cost "${r.id}" uncertainty`, r.uncertainty);
  });
  range('poc iterations', template.poc.iterations);
  list.push({ where: 'poc noGo', source: template.poc.noGo });
  return list;
}

function zodPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Validates a template file and compiles every expression once. Errors name the template (its id,
 * or `origin` such as the file name when the id is unreadable), the place and the expression.
 */
export function loadTemplate(raw: unknown, origin: string): Template {
  const parsed = templateSchema.safeParse(raw);
  const label =
    typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
      ? `template "${(raw as { id: string }).id}"`
      : `template ${origin}`;
  if (!parsed.success) {
    throw new FathomInputError(
      parsed.error.issues.map((issue) => ({
        path: `${label}, ${zodPath(issue.path) || 'file'}`,
        message: issue.message,
      })),
    );
  }
  const template = parsed.data;
  const issues: InputIssue[] = [];
  for (const { where, source } of expressionsOf(template)) {
    try {
      compileExpression(source);
    } catch (error) {
      issues.push({
        path: `${label}, ${where}`,
        message: `cannot read "${source}": ${(error as Error).message}`,
      });
    }
  }
  const ids = new Set<string>();
  template.tasks.forEach((t, i) => {
    if (ids.has(t.id))
      issues.push({ path: `${label}, tasks[${i}].id`, message: `duplicate task id "${t.id}"` });
    ids.add(t.id);
  });
  template.tasks.forEach((t) =>
    t.dependsOn.forEach((d) => {
      const dep = typeof d === 'string' ? d : d.task;
      if (!ids.has(dep))
        issues.push({
          path: `${label}, task "${t.id}"`,
          message: `depends on unknown task "${dep}"`,
        });
    }),
  );
  for (const [role, taskId] of [
    ['poc.experimentTask', template.poc.experimentTask],
    ['poc.decisionTask', template.poc.decisionTask],
  ] as const) {
    if (!ids.has(taskId))
      issues.push({ path: `${label}, ${role}`, message: `names unknown task "${taskId}"` });
  }
  template.drivers.forEach((d) =>
    d.tasks.forEach((taskId) => {
      if (!ids.has(taskId))
        issues.push({
          path: `${label}, driver "${d.id}"`,
          message: `names unknown task "${taskId}"`,
        });
    }),
  );
  template.risks.forEach((r) => {
    if (r.task && !ids.has(r.task))
      issues.push({ path: `${label}, risk "${r.id}"`, message: `names unknown task "${r.task}"` });
  });
  if (issues.length > 0) throw new FathomInputError(issues);
  return template;
}
