import type { ChartColor } from '../../charts/chart-spec.ts';

/** Print colours of the chart roles: the app's light theme (renderer/charts/charts.css). */
const CHART_COLORS: Record<string, string> = {
  ink: '#1f2328',
  muted: '#57606a',
  grid: '#e3e7ec',
  accent: '#1a5fcf',
  p50: '#0e6b5a',
  p80: '#b3410c',
  visible: '#e58f2a',
  hidden: '#1d4f8f',
  water: '#dbeaf7',
  positive: '#c4501a',
  negative: '#0f7a70',
  'series-0': '#8db4ee',
  'series-1': '#1a5fcf',
  'series-2': '#e58f2a',
  'series-3': '#0e6b5a',
  'series-4': '#8250df',
  'series-5': '#b3410c',
};

export function chartColor(role: ChartColor | undefined): string {
  return CHART_COLORS[role ?? 'ink'] ?? CHART_COLORS['ink']!;
}

/** The report's own colours (text, rules, table shading). */
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const ACCENT = '#1a5fcf';
export const RULE = '#d0d7de';
export const PANEL = '#f3f6f9';
export const HEAD_FILL = '#e6edf5';
