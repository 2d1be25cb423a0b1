import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../engine/index.ts';
import { ChartView, chartColor } from './ChartView.tsx';

const spec: ChartSpec = {
  id: 'demo',
  title: 'Build cost: the range of outcomes',
  description: 'Half of the simulations cost $462K or less.',
  width: 300,
  height: 150,
  marks: [
    { kind: 'rect', x: 10, y: 20, width: 30, height: 100, fill: 'series-0' },
    { kind: 'line', x1: 0, y1: 120, x2: 300, y2: 120, stroke: 'muted' },
    {
      kind: 'path',
      points: [
        [0, 120],
        [150, 60],
        [300, 10],
      ],
      stroke: 'accent',
      width: 2,
      dash: [4, 3],
    },
    {
      kind: 'text',
      x: 150,
      y: 14,
      text: 'P50 $462K',
      anchor: 'middle',
      weight: 'bold',
      fill: 'p50',
    },
    { kind: 'text', x: 12, y: 75, text: 'Share', rotate: 90 },
  ],
  table: {
    columns: ['Build cost', 'Share of simulations'],
    rows: [
      ['$400K to $420K', '5.2%'],
      ['P50 $462K', '50%'],
    ],
  },
};

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => vi.restoreAllMocks());

describe('ChartView', () => {
  it('draws the spec as an image named by its title and described by its description', () => {
    render(<ChartView spec={spec} />);
    const image = screen.getByRole('img', { name: spec.title });
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image.getAttribute('viewBox')).toBe('0 0 300 150');
    const description = document.getElementById(image.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe(spec.description);
    expect(image.querySelectorAll('rect, line, path, text').length).toBe(spec.marks.length);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('colours marks through the theme’s custom properties and keeps lines crisp', () => {
    render(<ChartView spec={spec} />);
    const image = screen.getByRole('img', { name: spec.title });
    expect(image.querySelector('rect')?.getAttribute('style')).toContain('var(--chart-series-0)');
    expect(image.querySelector('line')?.getAttribute('shape-rendering')).toBe('crispEdges');
    expect(image.querySelector('path')?.getAttribute('d')).toBe('M0 120L150 60L300 10');
    expect(image.querySelector('path')?.getAttribute('stroke-dasharray')).toBe('4 3');
    const rotated = [...image.querySelectorAll('text')].find((t) => t.textContent === 'Share');
    expect(rotated?.getAttribute('transform')).toBe('rotate(-90 12 75)');
    expect(chartColor('series-7')).toBe('var(--chart-series-1)');
    expect(chartColor('p80')).toBe('var(--chart-p80)');
  });

  it('reveals the data as a table with a caption and header cells, from a keyboard', async () => {
    const user = userEvent.setup();
    render(<ChartView spec={spec} />);
    expect(screen.queryByRole('table')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show data' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = screen.getByRole('table', { name: `${spec.title}: the numbers` });
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(spec.table.columns);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['$400K to $420K', 'P50 $462K']);
    expect(within(table).getByRole('cell', { name: '5.2%' })).toBeTruthy();
    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('can leave the title to the page', () => {
    render(<ChartView spec={spec} showTitle={false} />);
    expect(screen.queryByText(spec.title, { selector: 'p' })).toBeNull();
    expect(screen.getByRole('img', { name: spec.title })).toBeTruthy();
  });
});
