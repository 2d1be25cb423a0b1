import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createProject,
  createTemplateRegistry,
  formatDate,
  formatMoney,
  simulateScenario,
  type ScenarioResult,
} from '../../engine/index.ts';
import { CostByCategoryChart } from './CostByCategoryChart.tsx';
import { CostHistogramChart } from './CostHistogramChart.tsx';
import { FinishSCurveChart } from './FinishSCurveChart.tsx';
import { PhaseGanttChart } from './PhaseGanttChart.tsx';
import { RunningCostChart } from './RunningCostChart.tsx';
import { TornadoChart } from './TornadoChart.tsx';

let result: ScenarioResult;
beforeAll(() => {
  const registry = createTemplateRegistry();
  const project = createProject(registry.get('churn'), { today: '2026-11-28' });
  result = simulateScenario(project, undefined, registry, { iterations: 2000 });
});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('the scenario charts', () => {
  it('draws the cost histogram with its P50 marker, and its data on request', async () => {
    render(<CostHistogramChart result={result} currency="USD" locale="en-US" />);
    const image = screen.getByRole('img', { name: 'Build cost: the range of outcomes' });
    const p50 = `P50 ${formatMoney(result.cost.p50, 'USD', 'en-US')}`;
    expect([...image.querySelectorAll('text')].map((t) => t.textContent)).toContain(p50);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data' }));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: p50 })).toBeTruthy();
  });

  it('draws the launch S-curve with its dates', () => {
    render(<FinishSCurveChart result={result} locale="en-GB" />);
    const image = screen.getByRole('img', { name: /chance of launching by each date/ });
    const texts = [...image.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(`P80 ${formatDate(result.finish.p80, 'en-GB')}`);
  });

  it('draws the iceberg, the schedule, the tornado and the running cost', () => {
    render(
      <>
        <CostByCategoryChart result={result} locale="en-US" />
        <PhaseGanttChart result={result} locale="en-US" />
        <TornadoChart result={result} locale="en-US" top={5} />
        <RunningCostChart result={result} locale="en-US" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'The iceberg: visible and hidden work' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Schedule: when each phase happens' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'What drives the cost' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Running cost after launch, per month' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Show data' }).length).toBe(4);
  });

  it('keeps the same spec across renders until its inputs change', () => {
    const { rerender } = render(<TornadoChart result={result} locale="en-US" top={3} />);
    const first = screen.getByRole('img', { name: 'What drives the cost' }).innerHTML;
    rerender(<TornadoChart result={result} locale="en-US" top={3} />);
    expect(screen.getByRole('img', { name: 'What drives the cost' }).innerHTML).toBe(first);
    rerender(<TornadoChart result={result} locale="en-US" top={2} />);
    expect(screen.getByRole('img', { name: 'What drives the cost' }).innerHTML).not.toBe(first);
  });
});
