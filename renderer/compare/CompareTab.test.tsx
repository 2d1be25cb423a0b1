import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareScenarios } from '../../engine/index.ts';
import { updateScenario } from '../state/edit-project.ts';
import { renderApp, templates } from '../test-support/render-app.tsx';
import { moneyDelta } from './delta-text.ts';

afterEach(() => vi.restoreAllMocks());

/** Duplicates the scenario and labels 50,000 more items in the copy: one input differs. */
function twoScenarios() {
  const app = renderApp();
  fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
  const { store } = app;
  const copy = store.getState().project.scenarios[1]!;
  store.getState().edit((p) =>
    updateScenario(p, copy.id, (s) => ({
      ...s,
      inputs: {
        ...s.inputs,
        labels: { ...s.inputs.labels, items: s.inputs.labels.items + 50_000 },
      },
    })),
  );
  fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
  return { ...app, copy: store.getState().project.scenarios[1]! };
}

function rowCells(table: HTMLElement, label: string): string[] {
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('the compare tab', () => {
  it('shows each figure with its delta against the baseline for scenarios differing in one input', async () => {
    const { store, copy } = twoScenarios();
    const table = await screen.findByRole(
      'table',
      { name: 'Scenarios against the baseline' },
      { timeout: 10_000 },
    );
    const expected = compareScenarios(store.getState().project, templates, { iterations: 600 });
    const other = expected.scenarios[1]!;
    const delta = moneyDelta(other.cost.p50, expected.currency);
    expect(other.cost.p50.delta.absolute).toBeGreaterThan(0);
    expect(delta.tone).toBe('worse');
    const [baselineCell, copyCell] = rowCells(table, 'Cost P50');
    expect(copyCell).toContain(delta.text);
    expect(copyCell).toMatch(/^.*\+.*\(worse\)$/);
    expect(baselineCell).not.toMatch(/worse|better/);
    const differs = screen.getByRole('list', { name: `What differs in ${copy.name}` });
    expect(within(differs).getAllByRole('listitem')).toHaveLength(1);
    expect(differs.textContent).toMatch(/Labels/);
    expect(screen.getByRole('img', { name: /Cost: the chance/ })).toBeTruthy();
  }, 30_000);

  it('marks the comparison out of date after an edit, then recomputes it', async () => {
    const { store, simulation, copy } = twoScenarios();
    await screen.findByRole(
      'table',
      { name: 'Scenarios against the baseline' },
      { timeout: 10_000 },
    );
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Comparison status' }).textContent).toBe(''),
    );
    const before = simulation.comparisons;
    store.getState().edit((p) => updateScenario(p, copy.id, (s) => ({ ...s, name: 'Vendor' })));
    expect(await screen.findByText(/Comparing…|Out of date/)).toBeTruthy();
    await waitFor(() => expect(simulation.comparisons).toBeGreaterThan(before));
    expect(
      await screen.findAllByRole('columnheader', { name: 'Vendor' }, { timeout: 10_000 }),
    ).not.toHaveLength(0);
  }, 30_000);

  it('leaves unticked scenarios out, but never the baseline', async () => {
    twoScenarios();
    const copyBox = screen.getByRole('checkbox', { name: /Copy of/ });
    fireEvent.click(copyBox);
    await waitFor(
      () => {
        const table = screen.getByRole('table', { name: 'Scenarios against the baseline' });
        expect(within(table).queryByRole('columnheader', { name: /Copy of/ })).toBeNull();
      },
      { timeout: 10_000 },
    );
    expect((screen.getByRole('checkbox', { name: /baseline/ }) as HTMLInputElement).disabled).toBe(
      true,
    );
  }, 30_000);
});
