import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../engine/index.ts';
import { currentScenario } from '../state/edit-project.ts';
import { churnProject, renderApp } from '../test-support/render-app.tsx';

let consoleError: ReturnType<typeof vi.spyOn>;
let consoleWarn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
  consoleWarn = vi.spyOn(console, 'warn');
});
afterEach(() => vi.restoreAllMocks());

async function firstEstimate() {
  return screen.findByTestId('headline', {}, { timeout: 10_000 });
}

describe('the planning screen', () => {
  it('renders the example plan and its estimate without logging anything', async () => {
    renderApp();
    await firstEstimate();
    expect(screen.getByRole('heading', { name: /what the plan may have forgotten/i })).toBeTruthy();
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('edits an input into the document and re-estimates', async () => {
    const { store, simulation } = renderApp();
    await firstEstimate();
    const before = simulation.estimates;
    const field = screen.getByLabelText('Data sources');
    fireEvent.change(field, { target: { value: '9' } });
    expect(
      currentScenario(store.getState().project, store.getState().scenarioId).inputs.data.sources,
    ).toBe(9);
    expect(store.getState().dirty).toBe(true);
    await waitFor(() => expect(simulation.estimates).toBeGreaterThan(before));
  });

  it('marks invalid input in place, keeps the document and shows the last estimate as stale', async () => {
    const { store } = renderApp();
    await firstEstimate();
    const project = store.getState().project;
    const field = screen.getByLabelText('Data sources');
    fireEvent.change(field, { target: { value: '-3' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = field.getAttribute('aria-describedby') ?? '';
    const message = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(message).toMatch(/greater than or equal to 0|>=0|at least/i);
    expect(store.getState().project).toBe(project);
    expect(screen.getByText(/out of date/i)).toBeTruthy();
    expect(screen.getByTestId('headline')).toBeTruthy();
    fireEvent.change(field, { target: { value: 'abc' } });
    expect(screen.getByText(/"abc" is not a number/)).toBeTruthy();
  });

  it('accepts units in quantity fields', async () => {
    const { store } = renderApp();
    await firstEstimate();
    fireEvent.change(screen.getByLabelText('Data volume'), { target: { value: '2.5 TB' } });
    expect(
      currentScenario(store.getState().project, store.getState().scenarioId).inputs.data.volumeGb,
    ).toBe(2500);
  });

  it('undoes and redoes document edits with the keyboard and the toolbar', async () => {
    const { store } = renderApp();
    await firstEstimate();
    const field = screen.getByLabelText<HTMLInputElement>('Data sources');
    const original = field.value;
    fireEvent.change(field, { target: { value: '7' } });
    fireEvent.change(field, { target: { value: '8' } });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(field.value).toBe('7');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(field.value).toBe(original);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(field.value).toBe('7');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(field.value).toBe(original);
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(
      currentScenario(store.getState().project, store.getState().scenarioId).inputs.data.sources,
    ).toBe(7);
  });

  it('switches tabs with the arrow keys', async () => {
    renderApp();
    await firstEstimate();
    const plan = screen.getByRole('tab', { name: 'Plan' });
    plan.focus();
    fireEvent.keyDown(plan, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Tasks' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel')).toBeTruthy();
  });

  it('opens a plan file, and refuses a broken one with a message, keeping the document and its history', async () => {
    const { store, platform } = renderApp();
    await firstEstimate();
    fireEvent.change(screen.getByLabelText('Data sources'), { target: { value: '6' } });
    const before = store.getState().project;
    const history = store.getState().past.length;
    platform.files.set('broken.fathom.json', '{"schemaVersion": 1, "scenarios": [{"id": "x"}]}');
    platform.nextChoice = 'broken.fathom.json';
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(screen.getByRole('button', { name: 'Open…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/broken\.fathom\.json was not opened/);
    expect(alert.textContent).toMatch(/scenarios\[0\]/);
    expect(store.getState().project).toBe(before);
    expect(store.getState().past.length).toBe(history);

    const other = churnProject();
    other.meta.name = 'Opened plan';
    platform.files.set('good.fathom.json', serializeProject(other));
    platform.nextChoice = 'good.fathom.json';
    await userEvent.click(screen.getByRole('button', { name: 'Open…' }));
    await waitFor(() => expect(store.getState().project.meta.name).toBe('Opened plan'));
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().dirty).toBe(false);
  });

  it('saves the document through the platform and clears the unsaved marker', async () => {
    const { store, platform } = renderApp();
    await firstEstimate();
    fireEvent.change(screen.getByLabelText('Data sources'), { target: { value: '5' } });
    expect(store.getState().dirty).toBe(true);
    platform.nextChoice = 'mine.fathom.json';
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.getState().dirty).toBe(false));
    expect(platform.files.get('mine.fathom.json')).toContain('"sources": 5');
  });

  it('starts a new plan from a template on the start screen', async () => {
    const { store } = renderApp();
    await firstEstimate();
    await userEvent.click(screen.getByRole('button', { name: 'New' }));
    const start = screen.getByRole('region', { name: 'Start a plan' });
    const card = within(start)
      .getAllByRole('button')
      .find((b) => /recommend/i.test(b.textContent ?? ''));
    expect(card).toBeTruthy();
    await act(async () => userEvent.click(card!));
    expect(store.getState().project.scenarios[0]!.template).toBe('recommender');
    await firstEstimate();
  });

  it('links an advisor finding to its input', async () => {
    renderApp();
    await firstEstimate();
    const finding = await screen.findByText('The plan has no target for the model metric.');
    const item = finding.closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Go to the input' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Target for the model metric')),
    );
  });
});
