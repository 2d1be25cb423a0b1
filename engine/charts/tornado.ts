import type { SensitivityEntry, SimulationResult } from '../simulation/result.ts';
import {
  bottomAxis,
  bottomAxisHeight,
  emptyMessage,
  legend,
  LEGEND_ROW,
  verticalGrid,
  type Plot,
} from './axes.ts';
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { chartSize, type ChartOptions } from './chart-options.ts';
import { formatCount, formatRho } from './format.ts';
import { finite, linearAxis } from './scales.ts';
import { FONT, middleBaseline, text, textWidth, truncate, wrap } from './text.ts';

export type TornadoInput = Pick<SimulationResult, 'sensitivity' | 'iterations'>;

export type TornadoOptions = ChartOptions & {
  /** How many inputs to show, strongest first (default 8). */
  top?: number;
  /** Which output the correlations are with (default the build cost). */
  measure?: 'cost' | 'duration';
};

export const DEFAULT_TORNADO_TOP = 8;
const MAX_BAR = 18;
const NAME_LINE = 13;
const KIND_NAMES = { task: 'Task', driver: 'Driver', risk: 'Risk' } as const;

/** " (driver)": tasks are the usual case and go without a tag. */
function kindTag(entry: SensitivityEntry): string {
  return entry.kind === 'task' ? '' : ` (${entry.kind})`;
}

/**
 * The name of an input in at most `maxLines` lines of `maxWidth`, its kind tag kept whole at
 * the end however the name is cut.
 */
function nameLines(entry: SensitivityEntry, maxWidth: number, maxLines: number): string[] {
  const tag = kindTag(entry);
  const whole = wrap(`${entry.name}${tag}`, maxWidth, FONT.tick, maxLines);
  if (!tag || whole.join(' ') === `${entry.name}${tag}`) return whole;
  const lines = wrap(entry.name, maxWidth, FONT.tick, maxLines);
  const last = lines.pop() ?? '';
  const room = maxWidth - textWidth(tag, FONT.tick);
  const cut = truncate(last.endsWith('…') ? last : `${last}…`, room, FONT.tick);
  return [...lines, `${cut.endsWith('…') ? cut : `${cut}…`}${tag}`];
}

/**
 * The inputs that move the result most: one bar per task, driver or risk, as long as its rank
 * correlation (Spearman's ρ) with the build cost or duration, strongest at the top.
 */
export function tornadoChart(result: TornadoInput, options: TornadoOptions): ChartSpec {
  const { width, height } = chartSize(options);
  const { locale } = options;
  const measure = options.measure ?? 'cost';
  const noun = measure === 'cost' ? 'build cost' : 'duration';
  const top = Math.max(
    1,
    Math.floor(finite(options.top ?? DEFAULT_TORNADO_TOP, DEFAULT_TORNADO_TOP)),
  );
  const entries = result.sensitivity[measure]
    .filter((e) => Number.isFinite(e.rho))
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || a.name.localeCompare(b.name))
    .slice(0, top);
  const title = measure === 'cost' ? 'What drives the cost' : 'What drives the schedule';
  const labels = entries.map((e) => formatRho(e.rho, locale));
  const table = {
    columns: ['Input', 'Kind', `Rank correlation with the ${noun} (ρ)`],
    rows: entries.map((e, i) => [e.name, KIND_NAMES[e.kind], labels[i]!]),
  };
  if (entries.length === 0) {
    return {
      id: measure === 'cost' ? 'tornado' : 'tornado-duration',
      title,
      description: `No uncertain task, driver or risk moves the ${noun} in these simulations, so there is nothing to rank.`,
      width,
      height,
      marks: emptyMessage('No uncertain inputs to rank', width, height),
      table,
    };
  }
  const strongest = entries[0]!;
  const description =
    `The ${entries.length} tasks, drivers and risks that move the ${noun} most, strongest at the top. ` +
    `The longer the bar, the more the ${noun} goes up and down with that input across ${formatCount(result.iterations, locale)} simulations. ` +
    `A bar to the right means that when the input comes out larger (or the risk happens), the ${noun} tends to be higher; to the left, lower. ` +
    `The number is the rank correlation, from −1 to +1: ${strongest.name} has ${labels[0]}.`;

  const hasNegative = entries.some((e) => e.rho < 0);
  const legendMarks = legend(
    [
      { label: `Raises the ${noun}`, color: 'positive', shape: 'box' },
      ...(hasNegative
        ? [{ label: `Lowers the ${noun}`, color: 'negative' as const, shape: 'box' as const }]
        : []),
    ],
    8,
    9,
    width - 2,
  );
  const plotTop = 9 + (legendMarks.rows - 1) * LEGEND_ROW + 16;
  const bottom = height - bottomAxisHeight(true) - 4;
  const labelColumn = Math.min(
    Math.max(...entries.map((e) => textWidth(`${e.name}${kindTag(e)}`, FONT.tick))) + 16,
    width * 0.42,
  );
  const rhoRoom = Math.max(...labels.map((l) => textWidth(l, FONT.tick))) + 8;
  const left = labelColumn + (hasNegative ? rhoRoom : 8);
  const right = width - rhoRoom - 4;
  const lo = Math.min(0, ...entries.map((e) => e.rho));
  const hi = Math.max(0, ...entries.map((e) => e.rho));
  const x = linearAxis(
    [lo, hi > lo ? hi : lo + 1],
    [left, right],
    (values) => values.map((v) => formatRho(v, locale)),
    (label) => textWidth(label, FONT.tick),
    { minGap: 14 },
  );
  const plot: Plot = { left, top: plotTop, right, bottom };
  const rowHeight = (bottom - plotTop) / entries.length;
  const barHeight = Math.max(2, Math.min(MAX_BAR, rowHeight * 0.64));
  const zero = x.at(0);

  const marks: ChartMark[] = [...legendMarks.marks, ...verticalGrid(x.ticks, x.at, plot)];
  entries.forEach((entry, i) => {
    const centre = plotTop + rowHeight * (i + 0.5);
    const end = x.at(entry.rho);
    const lines = nameLines(entry, labelColumn - 14, rowHeight >= 2 * NAME_LINE + 4 ? 2 : 1);
    lines.forEach((line, k) => {
      const lineY = centre + (k - (lines.length - 1) / 2) * NAME_LINE;
      marks.push(
        text(labelColumn - 6, middleBaseline(lineY, FONT.tick), line, {
          anchor: 'end',
          size: FONT.tick,
          fill: 'ink',
        }),
      );
    });
    marks.push({
      kind: 'rect',
      x: Math.min(zero, end),
      y: centre - barHeight / 2,
      width: Math.abs(end - zero),
      height: barHeight,
      fill: entry.rho < 0 ? 'negative' : 'positive',
      label: `${entry.name}: ${labels[i]}`,
    });
    marks.push(
      text(entry.rho < 0 ? end - 4 : end + 4, middleBaseline(centre, FONT.tick), labels[i]!, {
        anchor: entry.rho < 0 ? 'end' : 'start',
        size: FONT.tick,
        fill: 'muted',
      }),
    );
  });
  marks.push(
    { kind: 'line', x1: zero, y1: plotTop - 4, x2: zero, y2: bottom, stroke: 'ink', width: 1 },
    ...bottomAxis(x.ticks, x.at, plot, width, `Rank correlation with the ${noun} (ρ)`),
  );
  return {
    id: measure === 'cost' ? 'tornado' : 'tornado-duration',
    title,
    description,
    width,
    height,
    marks,
    table,
  };
}
