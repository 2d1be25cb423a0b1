import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RisksTab } from './RisksTab.tsx';
import { renderWithStore, scenarioOf, simulateInto } from './test-fixtures.tsx';

const ACCESS = 'Data access is delayed';
const LEAVES = 'A key person leaves';
const CRM = 'Integrate scores with the CRM and retention campaigns';

function description(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('RisksTab', () => {
  it('explains how risks are simulated and which side of the mitigation is on', () => {
    renderWithStore(<RisksTab />);
    expect(screen.getByRole('heading', { name: 'Risks' })).toBeTruthy();
    expect(screen.getByRole('table', { name: /risks\. probabilities in %/i })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Without mitigation' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'With mitigation' })).toBeTruthy();
  });

  it('changes a probability in % and marks it changed', () => {
    const { store } = renderWithStore(<RisksTab />);
    const probability = screen.getByLabelText<HTMLInputElement>(`Probability of ${ACCESS}`);
    expect(probability.value).toBe('30');
    fireEvent.change(probability, { target: { value: '45' } });
    expect(scenarioOf(store).risks).toEqual([{ id: 'data-access-delayed', probability: 0.45 }]);
    expect(screen.getByRole('note', { name: `Probability of ${ACCESS} changed` })).toBeTruthy();
  });

  it('refuses a probability above 100 % in place', () => {
    const { store } = renderWithStore(<RisksTab />);
    const before = store.getState().project;
    const probability = screen.getByLabelText(`Probability of ${ACCESS}`);
    fireEvent.change(probability, { target: { value: '140' } });
    expect(probability.getAttribute('aria-invalid')).toBe('true');
    expect(description(probability)).toMatch(/must be 0 to 100 %/);
    expect(store.getState().project).toBe(before);
  });

  it('switches a template risk off and on, keeping its row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<RisksTab />);
    const include = screen.getByRole('checkbox', { name: `Include ${LEAVES}` });
    expect((include as HTMLInputElement).checked).toBe(true);
    await user.click(include);
    expect(scenarioOf(store).risks).toEqual([{ id: 'key-person-leaves', enabled: false }]);
    const off = screen.getByRole('checkbox', { name: `Include ${LEAVES}` });
    expect((off as HTMLInputElement).checked).toBe(false);
    expect(screen.getByLabelText(`Probability of ${LEAVES}`)).toBeTruthy();
    await user.click(off);
    expect(scenarioOf(store).risks).toEqual([]);
  });

  it('edits a mitigation beside the risk, removes it and adds one back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<RisksTab />);
    fireEvent.change(screen.getByLabelText(`Mitigation cost of ${ACCESS}`), {
      target: { value: '2,500' },
    });
    fireEvent.change(screen.getByLabelText(`Probability after mitigation of ${ACCESS}`), {
      target: { value: '10' },
    });
    expect(scenarioOf(store).risks).toEqual([
      {
        id: 'data-access-delayed',
        mitigation: {
          name: 'Executive sponsor signs data agreements up front',
          cost: 2500,
          probability: 0.1,
        },
      },
    ]);
    expect(screen.getByRole('note', { name: `Mitigation of ${ACCESS} changed` })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Remove mitigation of ${ACCESS}` }));
    expect(scenarioOf(store).risks).toEqual([{ id: 'data-access-delayed', mitigation: null }]);
    expect(screen.queryByLabelText(`Mitigation cost of ${ACCESS}`)).toBeNull();
    await user.click(screen.getByRole('button', { name: `Add mitigation to ${ACCESS}` }));
    fireEvent.change(screen.getByLabelText(`Mitigation of ${ACCESS}`), {
      target: { value: 'Ask for read replicas early' },
    });
    expect(scenarioOf(store).risks[0]?.mitigation).toEqual({
      name: 'Ask for read replicas early',
      cost: 0,
      probability: 0.3,
    });
    await user.click(screen.getByRole('button', { name: `Reset ${ACCESS}` }));
    expect(scenarioOf(store).risks).toEqual([]);
  });

  it('adds a risk of the user’s own, edits it and deletes it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<RisksTab />);
    const form = screen.getByRole('form', { name: 'Add a risk' });
    await user.click(within(form).getByRole('button', { name: 'Add risk' }));
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(scenarioOf(store).risks).toEqual([]);
    await user.type(within(form).getByLabelText('Name'), 'The CRM vendor changes its API');
    await user.type(within(form).getByLabelText('Probability (%)'), '15');
    await user.selectOptions(within(form).getByLabelText('Delays task'), CRM);
    await user.type(within(form).getByLabelText('Delay (working days)'), '5 to 10');
    await user.type(within(form).getByLabelText('Cost impact (USD)'), '2000 to 8000');
    await user.click(within(form).getByRole('button', { name: 'Add risk' }));
    expect(scenarioOf(store).risks).toEqual([
      {
        id: 'the-crm-vendor-changes-its-api',
        name: 'The CRM vendor changes its API',
        probability: 0.15,
        task: 'crm-integration',
        delay: { type: 'lognormal', p5: 5, p95: 10 },
        cost: { type: 'lognormal', p5: 2000, p95: 8000 },
      },
    ]);
    const name = 'The CRM vendor changes its API';
    const task = screen.getByRole('combobox', { name: `Task delayed by ${name}` });
    await user.selectOptions(task, 'none');
    expect(scenarioOf(store).risks[0]).not.toHaveProperty('task');
    expect(scenarioOf(store).risks[0]).not.toHaveProperty('delay');
    await user.click(screen.getByRole('button', { name: `Delete ${name}` }));
    expect(scenarioOf(store).risks).toEqual([]);
  });

  it('shows how often each risk fired in the latest simulation', () => {
    const { store } = renderWithStore(<RisksTab />);
    act(() => simulateInto(store, 2000));
    const row = screen.getByRole('row', { name: new RegExp(ACCESS) });
    // 30% probability: 2000 draws land within a few points of it.
    const fired = within(row).getByRole('cell', { name: /^\d+% of runs$/ });
    const percent = parseFloat(fired.textContent ?? '');
    expect(percent).toBeGreaterThan(25);
    expect(percent).toBeLessThan(35);
  });
});
