import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SUMMARY_CSV_COLUMNS, TASK_STATISTICS_CSV_COLUMNS } from '../../engine/index.ts';
import { renderApp } from '../test-support/render-app.tsx';

async function settled() {
  await screen.findByTestId('headline', {}, { timeout: 10_000 });
}

describe('exports from the toolbar', () => {
  it('exports the summary CSV of every scenario, computed in the simulation client', async () => {
    const { platform, simulation } = renderApp();
    await settled();
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export summary CSV' }));
    await waitFor(() => expect(platform.exports).toHaveLength(1), { timeout: 10_000 });
    const [file] = platform.exports;
    expect(file!.mimeType).toBe('text/csv');
    const lines = String(file!.data).trim().split(/\r?\n/);
    expect(lines[0]).toBe(SUMMARY_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(simulation.comparisons).toBeGreaterThan(0);
  }, 30_000);

  it('exports task statistics CSV and the result JSON of the current scenario', async () => {
    const { platform } = renderApp();
    await settled();
    fireEvent.click(screen.getByRole('button', { name: 'Export task statistics CSV' }));
    await waitFor(() => expect(platform.exports).toHaveLength(1));
    expect(String(platform.exports[0]!.data).split(/\r?\n/)[0]).toBe(
      TASK_STATISTICS_CSV_COLUMNS.join(','),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export result JSON' }));
    await waitFor(() => expect(platform.exports).toHaveLength(2));
    const json = JSON.parse(String(platform.exports[1]!.data)) as Record<string, unknown>;
    expect(json).toHaveProperty('iterations');
    expect(json).not.toHaveProperty('built');
  }, 30_000);
});
