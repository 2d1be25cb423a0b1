/**
 * Every registered template, built with a new project's defaults for every region and in two
 * currencies, gives a plan that makes sense. Templates are being added: the list comes from the
 * registry, never from this file.
 */
import { describe, expect, it } from 'vitest';
import { builtinTemplateFiles } from '../../presets/templates/index.ts';
import { regions } from '../project/roles.ts';
import { categories } from '../project/scenario-schema.ts';
import { loadTemplate } from './compile-template.ts';
import {
  build,
  newProject,
  registry,
  run,
  templateIds,
  withInputs,
} from '../../test/fixtures/projects.ts';

/** DESIGN §2 phases every template must have tasks in, whatever its inputs. */
const requiredPhases = [
  'framing',
  'data-access',
  'cleaning',
  'dataset',
  'poc',
  'productionization',
  'deployment',
  'mlops',
  'launch',
];

describe('built-in templates', () => {
  it('are all registered, churn among them, and each compiles on its own', () => {
    expect(templateIds).toContain('churn');
    expect(templateIds).toHaveLength(builtinTemplateFiles.length);
    for (const { file, raw } of builtinTemplateFiles) {
      expect(() => loadTemplate(raw, file), file).not.toThrow();
    }
  });

  describe.each(templateIds)('%s', (id) => {
    it.each(regions.flatMap((region) => ['USD', 'EUR'].map((currency) => [region, currency])))(
      'simulates for %s in %s with sane numbers',
      (region, currency) => {
        const project = newProject(id, { region: region as (typeof regions)[number], currency });
        const result = run(project);
        expect(result.cost.currency).toBe(currency);
        for (const x of [result.cost.mean, result.cost.p10, result.duration.mean]) {
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThan(0);
        }
        const hidden = result.hiddenShare!;
        expect(hidden.mean).toBeGreaterThan(0);
        expect(hidden.mean).toBeLessThan(1);
        expect(hidden.min).toBeGreaterThanOrEqual(0);
        expect(hidden.max).toBeLessThanOrEqual(1);
        expect(result.noGo).toBeGreaterThanOrEqual(0);
        expect(result.noGo).toBeLessThanOrEqual(1);
        // TCO = build + running costs ≥ 0 in every iteration, so every statistic dominates.
        const tco = result.tco!;
        for (const key of ['mean', 'p10', 'p50', 'p80', 'p90'] as const)
          expect(tco[key]).toBeGreaterThanOrEqual(result.cost[key]);
        expect(result.runCostPerMonth).toHaveLength(project.settings.horizonMonths);
      },
    );

    it('gives every task a reason and a DESIGN category', () => {
      const built = build(newProject(id));
      for (const task of built.tasks) {
        expect(task.explain.trim().length, task.id).toBeGreaterThan(0);
        expect(categories, task.id).toContain(task.category);
      }
      for (const item of [...built.drivers, ...built.risks, ...built.running])
        expect(item.explain.trim().length, item.id).toBeGreaterThan(0);
    });

    it('has tasks in every phase DESIGN asks for, and labeling when items are to be labeled', () => {
      const plain = build(withInputs(newProject(id), (i) => (i.labels.items = 0)));
      const phasesOf = (b: typeof plain) => new Set(b.tasks.map((t) => t.phase));
      for (const phase of requiredPhases) expect([...phasesOf(plain)], phase).toContain(phase);
      const labeled = build(
        withInputs(newProject(id), (i) => {
          i.labels.items = 20_000;
          i.labels.mode = 'vendor';
        }),
      );
      const labeling = labeled.tasks.filter((t) => t.phase === 'labeling');
      expect(labeling.length).toBeGreaterThan(0);
      // The labeling fee lands on a data task of that phase.
      const fees = labeling
        .filter((t) => t.category === 'data')
        .flatMap((t) => t.costs)
        .reduce((sum, c) => sum + c.amount, 0);
      expect(fees).toBeGreaterThan(0);
    });

    it('staffs every role its tasks need with its own defaults (no stand-ins)', () => {
      const built = build(newProject(id));
      expect(built.warnings).toEqual([]);
    });

    it('has a PoC loop and a go/no-go gate on tasks that exist', () => {
      const built = build(newProject(id));
      const template = registry.get(id);
      const ids = built.tasks.map((t) => t.id);
      expect(ids).toContain(template.poc.experimentTask);
      expect(built.network.gate?.task).toBe(template.poc.decisionTask);
      expect(built.poc.noGo).toBeGreaterThanOrEqual(0);
      expect(built.poc.noGo).toBeLessThanOrEqual(1);
    });
  });
});
