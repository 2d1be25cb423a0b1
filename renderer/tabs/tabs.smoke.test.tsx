import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RisksTab } from './RisksTab.tsx';
import { TasksTab } from './TasksTab.tsx';
import { renderWithStore, simulateInto } from './test-fixtures.tsx';

afterEach(() => vi.restoreAllMocks());

describe('the Tasks and Risks tabs', () => {
  it('render with and without a result and log nothing to the console', () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const { store } = renderWithStore(
      <>
        <TasksTab />
        <RisksTab />
      </>,
    );
    act(() => simulateInto(store));
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
