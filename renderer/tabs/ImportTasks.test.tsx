import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES } from '../../electron/contract.ts';
import { createMemoryAdapter } from '../platform/memory-adapter.ts';
import { updateScenario } from '../state/edit-project.ts';
import { TasksTab } from './TasksTab.tsx';
import { churnStore, renderWithStore, scenarioOf } from './test-fixtures.tsx';

const TASKS_CSV = [
  'id,name,min,likely,max,depends_on,distribution,rate,fixed_cost',
  'spec,Write the spec,2,3,5,,,,',
  'pilot,"Pilot, with users",5,8,15,spec,,1000,2500',
  'buy,Buy hardware,,4,,spec,fixed,,12000',
  '',
].join('\n');

const BROKEN_CSV = [
  'id,name,min,likely,max,depends_on',
  'spec,Write the spec,2,3,5,',
  'pilot,Pilot,9,8,15,spec',
  'buy,Buy hardware,1,two,3,nowhere',
  '',
].join('\n');

/** The Tasks tab with a file the next open dialog picks. */
function setup(name: string, text: string) {
  const platform = createMemoryAdapter();
  platform.files.set(name, text);
  platform.nextChoice = name;
  const store = churnStore();
  const view = renderWithStore(<TasksTab />, store, platform);
  const templateTasks = screen.getAllByLabelText(/^Name of /).length;
  return { ...view, user: userEvent.setup(), templateTasks };
}

const importButton = () => screen.getByRole('button', { name: 'Import tasks from CSV…' });

describe('Import tasks from CSV', () => {
  it('replaces the plan’s tasks with the file’s in one edit that undo takes back', async () => {
    const { store, user, templateTasks } = setup('tasks.csv', TASKS_CSV);
    const before = store.getState().project;
    await user.click(importButton());

    const dialog = await screen.findByRole('dialog', { name: 'Import tasks.csv' });
    expect(dialog.textContent).toContain(
      `The file has 3 tasks; this scenario’s plan has ${templateTasks} tasks.`,
    );
    // Nothing changes before the choice; the choice is focused.
    expect(store.getState().project).toBe(before);
    const replace = within(dialog).getByRole('button', {
      name: `Replace ${templateTasks} tasks with 3 from tasks.csv`,
    });
    expect(document.activeElement).toBe(replace);
    // The day rate's note is shown before the import, located at its column.
    expect(within(dialog).getByRole('list', { name: 'Notes on the file' }).textContent).toMatch(
      /column "rate": a scenario bills added tasks through their team roles/,
    );
    await user.click(replace);

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(scenarioOf(store).extraTasks.map((t) => t.id)).toEqual(['spec', 'pilot', 'buy']);
    expect(screen.getAllByLabelText(/^Name of /).map((i) => (i as HTMLInputElement).value)).toEqual(
      expect.arrayContaining(['Write the spec', 'Pilot, with users', 'Buy hardware']),
    );
    expect(screen.getAllByLabelText(/^Name of /)).toHaveLength(3);
    expect(screen.getByText(/^3 tasks in 1 phase\. Effort/)).toBeTruthy();
    expect(
      screen.getByText(/^Imported 3 tasks from tasks\.csv, replacing the plan’s/),
    ).toBeTruthy();
    expect(store.getState().past).toEqual([before]);
    expect(store.getState().dirty).toBe(true);
    expect(document.activeElement).toBe(importButton());

    act(() => store.getState().undo());
    expect(store.getState().project).toBe(before);
    expect(screen.getAllByLabelText(/^Name of /)).toHaveLength(templateTasks);
  });

  it('adds the file’s tasks next to the template’s when asked', async () => {
    const { store, user, templateTasks } = setup('tasks.csv', TASKS_CSV);
    await user.click(importButton());
    const dialog = await screen.findByRole('dialog', { name: 'Import tasks.csv' });
    await user.click(within(dialog).getByRole('button', { name: 'Add 3 tasks to the plan' }));
    expect(scenarioOf(store).overrides).toEqual([]);
    expect(scenarioOf(store).extraTasks.map((t) => t.id)).toEqual(['spec', 'pilot', 'buy']);
    expect(screen.getAllByLabelText(/^Name of /)).toHaveLength(templateTasks + 3);
    expect(screen.getByText(/^Imported 3 tasks from tasks\.csv, added to the plan/)).toBeTruthy();
  });

  it('imports a row whose id the template uses under a new id, with its dependents', async () => {
    const csv =
      'id,name,likely,depends_on,distribution\nclean-data,Clean,3,,fixed\nnext,Next,2,clean-data,fixed\n';
    const { store, user } = setup('clash.csv', csv);
    await user.click(importButton());
    const dialog = await screen.findByRole('dialog', { name: 'Import clash.csv' });
    expect(within(dialog).getByRole('list', { name: 'Notes on the file' }).textContent).toContain(
      'row 2, column "id": the template has a task "clean-data" too, so the file’s "clean-data" is imported as "clean-data-2"',
    );
    await user.click(within(dialog).getByRole('button', { name: /^Replace / }));
    const scenario = scenarioOf(store);
    expect(scenario.extraTasks.map((t) => [t.id, t.dependsOn])).toEqual([
      ['clean-data-2', []],
      ['next', ['clean-data-2']],
    ]);
    expect(scenario.overrides).toContainEqual({ task: 'clean-data', removed: true });
  });

  it('lists row-level problems in an alert and changes nothing', async () => {
    const { store, user } = setup('broken.csv', BROKEN_CSV);
    const before = store.getState().project;
    await user.click(importButton());

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'broken.csv was not imported' }),
    ).toBeTruthy();
    expect(alert.textContent).toContain('Nothing in the plan was changed.');
    const table = within(alert).getByRole('table', { name: 'Problems in broken.csv, by row' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['3', 'likely', 'likely (8) is outside the range min–max (9 to 15)'],
      ['4', 'likely', '"two" is not a number'],
      ['4', 'depends_on', 'unknown task id "nowhere"; no row has that id'],
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().project).toBe(before);
    expect(store.getState().past).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(importButton());
  });

  it.each([
    ['empty.csv', '', /The file is empty/],
    [
      'plan.csv',
      'task;start;end\na;1;2\n',
      /the header has no "id" column.*separated by semicolons/,
    ],
    [
      'plan.xlsx',
      'PK\u0003\u0004\u0000\u0000binary',
      /This is not a text file.*save the sheet as "CSV/,
    ],
    ['quote.csv', 'id,name\na,"unclosed\n', /a quoted field starts here but its closing quote/],
  ])('says why %s is not a task list, and changes nothing', async (name, text, message) => {
    const { store, user } = setup(name, text);
    const before = store.getState().project;
    await user.click(importButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: `${name} was not imported` })).toBeTruthy();
    expect(alert.textContent).toMatch(message);
    expect(store.getState().project).toBe(before);
  });

  it('refuses a file over the size limit with a message naming it', async () => {
    const { store, user } = setup('huge.csv', 'x'.repeat(MAX_TEXT_FILE_BYTES + 10));
    const before = store.getState().project;
    await user.click(importButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('huge.csv is 5.0 MB; Fathom imports files up to 5 MB');
    expect(store.getState().project).toBe(before);
  });

  it('does nothing when the file dialog or the confirmation is cancelled', async () => {
    const { store, platform, user } = setup('tasks.csv', TASKS_CSV);
    const before = store.getState().project;
    platform.nextChoice = undefined;
    await user.click(importButton());
    await act(async () => undefined);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    platform.nextChoice = 'tasks.csv';
    await user.click(importButton());
    await screen.findByRole('dialog', { name: 'Import tasks.csv' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(importButton());
    await user.click(importButton());
    const dialog = await screen.findByRole('dialog', { name: 'Import tasks.csv' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().project).toBe(before);
  });

  it('never applies a choice made for a plan that changed since the file was read', async () => {
    const { store, user, templateTasks } = setup('tasks.csv', TASKS_CSV);
    await user.click(importButton());
    const dialog = await screen.findByRole('dialog', { name: 'Import tasks.csv' });
    // An edit lands while the dialog is open (say, from the Plan tab or an undo).
    act(() =>
      store.getState().edit((p) =>
        updateScenario(p, store.getState().scenarioId, (s) => ({
          ...s,
          overrides: [{ task: 'features', removed: true }],
        })),
      ),
    );
    const edited = store.getState().project;
    await user.click(within(dialog).getByRole('button', { name: /^Replace / }));
    expect(store.getState().project).toBe(edited);
    const again = await screen.findByRole('dialog', { name: 'Import tasks.csv' });
    expect(again.textContent).toContain('The plan changed after the file was read');
    await user.click(
      within(again).getByRole('button', {
        name: `Replace ${templateTasks - 1} tasks with 3 from tasks.csv`,
      }),
    );
    expect(scenarioOf(store).extraTasks.map((t) => t.id)).toEqual(['spec', 'pilot', 'buy']);
    expect(store.getState().past.at(-1)).toBe(edited);
  });

  it('can replace a task list that cannot be built', async () => {
    const platform = createMemoryAdapter();
    platform.files.set('tasks.csv', TASKS_CSV);
    platform.nextChoice = 'tasks.csv';
    const store = churnStore();
    const { project, scenarioId } = store.getState();
    const broken = updateScenario(project, scenarioId, (s) => ({
      ...s,
      extraTasks: [
        {
          id: 'orphan',
          name: 'Orphan',
          phase: 'custom',
          category: 'management',
          roles: [],
          duration: { type: 'fixed', value: 1 },
          dependsOn: ['nowhere'],
          fixedCost: 0,
        },
      ],
    }));
    store.getState().replaceDocument(broken);
    renderWithStore(<TasksTab />, store, platform);
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be built/);
    const user = userEvent.setup();
    await user.click(importButton());
    const dialog = await screen.findByRole('dialog', { name: 'Import tasks.csv' });
    expect(dialog.textContent).toContain('this scenario’s plan cannot be built now.');
    await user.click(
      within(dialog).getByRole('button', {
        name: 'Replace the plan’s tasks with 3 from tasks.csv',
      }),
    );
    expect(screen.getAllByLabelText(/^Name of /)).toHaveLength(3);
    act(() => store.getState().undo());
    expect(store.getState().project).toBe(broken);
  });

  it('runs when the desktop menu asks for it', async () => {
    const { store } = setup('tasks.csv', TASKS_CSV);
    act(() => store.getState().requestTaskImport(true));
    expect(await screen.findByRole('dialog', { name: 'Import tasks.csv' })).toBeTruthy();
    expect(store.getState().taskImportRequested).toBe(false);
  });
});
