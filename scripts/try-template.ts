/**
 * Developer aid for template authors: builds a template with its default inputs, simulates it and
 * prints the breakdown. Usage: npx tsx scripts/try-template.ts presets/templates/churn.json
 */
import { readFileSync } from 'node:fs';
import { simulate } from '../engine/index.ts';
import { buildScenario } from '../engine/model/build-scenario.ts';
import { loadTemplate } from '../engine/model/compile-template.ts';
import { settingsSchema } from '../engine/project/project-schema.ts';
import { scenarioSchema } from '../engine/project/scenario-schema.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx scripts/try-template.ts TEMPLATE.json');
const template = loadTemplate(JSON.parse(readFileSync(file, 'utf8')), file);
const inputs = structuredClone(template.defaults) as { team?: { roles?: { dayRate?: number }[] } };
for (const role of inputs.team?.roles ?? []) role.dayRate ??= 900;
const scenario = scenarioSchema.parse({ id: 'base', name: 'Base', template: template.id, inputs });
const built = buildScenario(template, scenario, settingsSchema.parse({}));
const result = simulate(built.network, {
  iterations: 10_000,
  seed: 1,
  visibleCategories: ['model'],
});
const money = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(
  `${template.name}: ${built.tasks.length} tasks, ${built.risks.length} risks, ${built.drivers.length} drivers`,
);
for (const t of built.tasks)
  console.log(`  ${t.phase.padEnd(18)} ${t.id.padEnd(28)} ${JSON.stringify(t.duration)}`);
console.log(
  `duration P50/P80: ${result.duration.p50.toFixed(0)} / ${result.duration.p80.toFixed(0)} working days`,
);
console.log(`build cost P50/P80: ${money(result.cost.p50)} / ${money(result.cost.p80)}`);
console.log(
  `hidden share P50: ${(result.hiddenShare!.p50 * 100).toFixed(0)}%  no-go: ${((result.noGo ?? 0) * 100).toFixed(0)}%`,
);
console.log(`TCO P50 over 12 months: ${money(result.tco?.p50 ?? result.cost.p50)}`);
for (const [name, s] of Object.entries(result.costByCategory))
  console.log(`  ${name.padEnd(18)} mean ${money(s.mean)}`);
console.log(
  `top cost drivers: ${result.sensitivity.cost
    .slice(0, 5)
    .map((e) => `${e.id} ${e.rho.toFixed(2)}`)
    .join(', ')}`,
);
if (built.warnings.length > 0) console.log('warnings:', built.warnings);
