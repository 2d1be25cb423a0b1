import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TasksTab } from './TasksTab.tsx';
import { renderWithStore, scenarioOf, simulateInto } from './test-fixtures.tsx';

const CLEAN = 'Clean, join and de-duplicate customer records';
const FEATURES = 'Feature engineering (usage, billing, support history)';
const DATASET = 'Build and version training, validation and hold-out sets';
const FRAME = 'Frame the problem and agree business and model metrics';

/** The text of the messages an input points to with aria-describedby. */
function description(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('TasksTab', () => {
  it('edits an effort into an override and marks it changed', () => {
    const { store } = renderWithStore(<TasksTab />);
    const effort = screen.getByLabelText(`Effort of ${CLEAN}`);
    expect(screen.queryByRole('note', { name: `Effort of ${CLEAN} changed` })).toBeNull();
    fireEvent.change(effort, { target: { value: '10 to 20' } });
    expect(scenarioOf(store).overrides).toEqual([
      { task: 'clean-data', effort: { type: 'lognormal', p5: 10, p95: 20 } },
    ]);
    expect(effort.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('note', { name: `Effort of ${CLEAN} changed` })).toBeTruthy();
    expect(store.getState().past).toHaveLength(1);
  });

  it('shows an invalid range in place and leaves the document as it was', () => {
    const { store } = renderWithStore(<TasksTab />);
    const before = store.getState().project;
    const effort = screen.getByLabelText(`Effort of ${CLEAN}`);
    fireEvent.change(effort, { target: { value: '8 to 3' } });
    expect(effort.getAttribute('aria-invalid')).toBe('true');
    expect(description(effort)).toMatch(/8|3/);
    fireEvent.change(effort, { target: { value: 'lots' } });
    expect(description(effort)).toMatch(/"lots" is not a number or a range/);
    expect(store.getState().project).toBe(before);
  });

  it('resets a task to the template', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TasksTab />);
    const before = screen.getByLabelText<HTMLInputElement>(`Effort of ${CLEAN}`).value;
    expect(screen.queryByRole('button', { name: `Reset ${CLEAN}` })).toBeNull();
    fireEvent.change(screen.getByLabelText(`Effort of ${CLEAN}`), { target: { value: '12' } });
    await user.click(screen.getByRole('button', { name: `Reset ${CLEAN}` }));
    expect(scenarioOf(store).overrides).toEqual([]);
    expect(screen.getByLabelText<HTMLInputElement>(`Effort of ${CLEAN}`).value).toBe(before);
    expect(screen.queryByRole('note', { name: `Effort of ${CLEAN} changed` })).toBeNull();
  });

  it('deletes a template task, bridges its dependents, and restores it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TasksTab />);
    await user.click(screen.getByRole('button', { name: `Delete ${FEATURES}` }));
    expect(scenarioOf(store).overrides).toEqual([{ task: 'features', removed: true }]);
    expect(screen.queryByLabelText(`Name of ${FEATURES}`)).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>(`Dependencies of ${DATASET}`).value).toBe(
      'clean-data; label-definition',
    );
    const deleted = screen.getByRole('region', { name: 'Deleted template tasks' });
    await user.click(within(deleted).getByRole('button', { name: `Restore ${FEATURES}` }));
    expect(scenarioOf(store).overrides).toEqual([]);
    expect(screen.getByLabelText(`Name of ${FEATURES}`)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Deleted template tasks' })).toBeNull();
  });

  it('adds a task with a dependency', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TasksTab />);
    const form = screen.getByRole('form', { name: 'Add a task' });
    await user.type(within(form).getByLabelText('Id'), 'security-review');
    await user.type(within(form).getByLabelText('Name'), 'Security review of the scoring job');
    await user.selectOptions(within(form).getByLabelText('Phase'), 'Deployment and integration');
    await user.selectOptions(within(form).getByLabelText('Category'), 'MLOps (hidden)');
    await user.click(within(form).getByRole('checkbox', { name: 'Software engineer' }));
    await user.type(within(form).getByLabelText('Effort'), '2, 3, 6');
    await user.type(within(form).getByLabelText('Depends on'), 'scoring-job');
    await user.click(within(form).getByRole('button', { name: 'Add task' }));
    expect(scenarioOf(store).extraTasks).toEqual([
      {
        id: 'security-review',
        name: 'Security review of the scoring job',
        phase: 'deployment',
        category: 'mlops',
        roles: ['software-engineer'],
        effort: { type: 'pert', min: 2, mode: 3, max: 6 },
        dependsOn: ['scoring-job'],
        fixedCost: 0,
      },
    ]);
    const name = 'Security review of the scoring job';
    expect(screen.getByLabelText<HTMLInputElement>(`Dependencies of ${name}`).value).toBe(
      'scoring-job',
    );
    expect(within(form).getByLabelText<HTMLInputElement>('Id').value).toBe('');
    // An added task goes when deleted, and there is nothing to restore.
    await user.click(screen.getByRole('button', { name: `Delete ${name}` }));
    expect(scenarioOf(store).extraTasks).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Deleted template tasks' })).toBeNull();
  });

  it('refuses a new task with a taken id or an unknown dependency, in place', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TasksTab />);
    const before = store.getState().project;
    const form = screen.getByRole('form', { name: 'Add a task' });
    await user.type(within(form).getByLabelText('Id'), 'etl');
    await user.type(within(form).getByLabelText('Name'), 'Another ETL');
    await user.type(within(form).getByLabelText('Effort'), '3');
    await user.type(within(form).getByLabelText('Depends on'), 'ghost; refactor');
    await user.click(within(form).getByRole('button', { name: 'Add task' }));
    const id = within(form).getByLabelText('Id');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(description(id)).toMatch(/"etl" is already a task id/);
    const deps = within(form).getByLabelText('Depends on');
    expect(deps.getAttribute('aria-invalid')).toBe('true');
    expect(description(deps)).toMatch(/no task with the id "ghost"/);
    expect(store.getState().project).toBe(before);
  });

  it('names a bad dependency id, a self-dependency and the cycle the builder finds', () => {
    const { store } = renderWithStore(<TasksTab />);
    const before = store.getState().project;
    const deps = screen.getByLabelText(`Dependencies of ${FEATURES}`);
    fireEvent.change(deps, { target: { value: 'clean-data; nosuch' } });
    expect(deps.getAttribute('aria-invalid')).toBe('true');
    expect(description(deps)).toMatch(/no task with the id "nosuch"/);
    fireEvent.change(deps, { target: { value: 'features' } });
    expect(description(deps)).toMatch(/"features" cannot depend on itself/);
    const frame = screen.getByLabelText(`Dependencies of ${FRAME}`);
    fireEvent.change(frame, { target: { value: 'launch' } });
    expect(frame.getAttribute('aria-invalid')).toBe('true');
    expect(description(frame)).toMatch(/dependency cycle: .*launch → frame-metrics/);
    expect(store.getState().project).toBe(before);
    fireEvent.change(deps, { target: { value: 'clean-data' } });
    expect(deps.getAttribute('aria-invalid')).toBeNull();
    expect(scenarioOf(store).overrides).toEqual([{ task: 'features', dependsOn: ['clean-data'] }]);
  });

  it('undoes an edit through the store', () => {
    const { store } = renderWithStore(<TasksTab />);
    fireEvent.change(screen.getByLabelText(`Name of ${CLEAN}`), {
      target: { value: 'Clean the customer records' },
    });
    expect(screen.getByLabelText('Name of Clean the customer records')).toBeTruthy();
    act(() => store.getState().undo());
    expect(scenarioOf(store).overrides).toEqual([]);
    expect(screen.getByLabelText<HTMLInputElement>(`Name of ${CLEAN}`).value).toBe(CLEAN);
    act(() => store.getState().redo());
    expect(screen.getByLabelText('Name of Clean the customer records')).toBeTruthy();
  });

  it('shows criticality and P50 / P80 from the latest simulation', () => {
    const { store } = renderWithStore(<TasksTab />);
    const table = screen.getByRole('table');
    expect(within(table).queryByRole('cell', { name: '100%' })).toBeNull();
    act(() => simulateInto(store));
    // Framing starts every run, so it is always on the critical path.
    const row = screen.getByRole('row', { name: new RegExp(FRAME.slice(0, 20)) });
    expect(within(row).getByRole('cell', { name: '100%' })).toBeTruthy();
    expect(within(row).getByRole('cell', { name: /^\d+\.\d \/ \d+\.\d$/ })).toBeTruthy();
  });
});
