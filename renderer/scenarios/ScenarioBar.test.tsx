import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(() => vi.restoreAllMocks());

function bar() {
  return screen.getByRole('region', { name: 'Scenarios' });
}
function names(store: ReturnType<typeof renderApp>['store']) {
  return store.getState().project.scenarios.map((s) => s.name);
}

describe('the scenario bar', () => {
  it('duplicates the current scenario, makes the copy current, and undo removes it', () => {
    const { store } = renderApp();
    const first = names(store)[0]!;
    fireEvent.click(within(bar()).getByRole('button', { name: 'Duplicate' }));
    expect(names(store)).toEqual([first, `Copy of ${first}`]);
    expect(
      within(bar())
        .getByRole('button', { name: `Copy of ${first}` })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(names(store)).toEqual([first]);
    expect(store.getState().scenarioId).toBe(store.getState().project.scenarios[0]!.id);
  });

  it('renames inline, refusing an empty name', () => {
    const { store } = renderApp();
    fireEvent.click(within(bar()).getByRole('button', { name: 'Rename…' }));
    const input = within(bar()).getByLabelText('Scenario name');
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.click(within(bar()).getByRole('button', { name: 'Rename' }));
    expect(within(bar()).getByRole('alert').textContent).toMatch(/needs a name/);
    fireEvent.change(input, { target: { value: 'Vendor labels' } });
    fireEvent.click(within(bar()).getByRole('button', { name: 'Rename' }));
    expect(names(store)).toEqual(['Vendor labels']);
  });

  it('reorders, picks the baseline and deletes with a confirmation, all undoable', () => {
    const { store } = renderApp();
    const first = names(store)[0]!;
    const copy = `Copy of ${first}`;
    fireEvent.click(within(bar()).getByRole('button', { name: 'Duplicate' }));
    fireEvent.click(within(bar()).getByRole('button', { name: 'Move scenario left' }));
    expect(names(store)).toEqual([copy, first]);
    // The baseline stays the original scenario although it is no longer first.
    expect(
      within(bar()).getByRole('button', { name: new RegExp(`^${first}\\s*\\(baseline\\)$`) }),
    ).toBeTruthy();
    fireEvent.click(within(bar()).getByRole('button', { name: 'Make baseline' }));
    expect(
      within(bar()).getByRole('button', { name: new RegExp(`^${copy}\\s*\\(baseline\\)$`) }),
    ).toBeTruthy();

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(within(bar()).getByRole('button', { name: 'Delete…' }));
    expect(names(store)).toEqual([first]);
    expect(
      (within(bar()).getByRole('button', { name: 'Delete…' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(names(store)).toEqual([copy, first]);
  });
});
