import { describe, expect, it } from 'vitest';
import { builtinPresets } from '../presets/builtin.ts';
import { inputsSchema, type InputsFile } from '../project/inputs-schema.ts';
import { mlopsTooling } from './tooling.ts';

const presets = builtinPresets();
const tool = (id: string) => presets.mlopsTools.tools.find((t) => t.id === id)!;
const price = (id: string, seats: number) =>
  tool(id).monthlyFixed.value + tool(id).perSeatMonthly.value * seats;

const none = {
  dataVersioning: false,
  experimentTracking: false,
  modelRegistry: false,
  cicd: false,
  monitoring: false,
  driftDetection: false,
  retrainingPipeline: false,
  labelLoop: false,
  abTesting: false,
};

/** Inputs with only `components` on, and a team of 3 people plus 5 annotators. */
function inputs(components: Partial<typeof none>, tooling: 'open-source' | 'saas'): InputsFile {
  return {
    mlops: { tooling, components: { ...none, ...components } },
    team: {
      roles: [
        { role: 'data-scientist', count: 2 },
        { role: 'ml-engineer', count: 1 },
        { role: 'annotator', count: 5 },
      ],
    },
  };
}
const tooling = (i: InputsFile, fx = 1) => mlopsTooling(inputsSchema.parse(i), presets, fx);

describe('mlopsTooling', () => {
  it('costs nothing when no component is in scope', () => {
    expect(tooling(inputs({}, 'saas'))).toEqual({ monthly: 0, tools: [] });
  });

  it('counts a tool that covers two components once', () => {
    const open = tooling(inputs({ experimentTracking: true, modelRegistry: true }, 'open-source'));
    expect(open.tools).toEqual([tool('mlflow-self-hosted').name]);
    expect(open.monthly).toBeCloseTo(price('mlflow-self-hosted', 3), 9);
  });

  it('prices SaaS seats for the team without its annotators', () => {
    const saas = tooling(inputs({ experimentTracking: true }, 'saas'));
    // Three seats: two data scientists and an ML engineer; the five annotators need none.
    expect(saas.monthly).toBeCloseTo(price('wandb-pro', 3), 9);
    expect(saas.tools).toEqual([tool('wandb-pro').name]);
  });

  it('falls back to the other kind when none of the chosen kind covers a component', () => {
    const open = tooling(inputs({ retrainingPipeline: true }, 'open-source'));
    const covering = presets.mlopsTools.tools.filter((t) =>
      t.covers.includes('retrainingPipeline' as never),
    );
    expect(covering.every((t) => t.kind !== 'open-source')).toBe(true);
    expect(open.tools).toHaveLength(1);
    expect(covering.map((t) => t.name)).toContain(open.tools[0]);
  });

  it('converts the dollars of the presets with the exchange rate', () => {
    const i = inputs({ monitoring: true, driftDetection: true, dataVersioning: true }, 'saas');
    expect(tooling(i, 0.9).monthly).toBeCloseTo(tooling(i, 1).monthly * 0.9, 9);
  });
});
