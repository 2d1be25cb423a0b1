import type { ScenarioResult } from '../project/project-result.ts';
import { emptyMessage } from './axes.ts';
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { chartSize, type ChartOptions } from './chart-options.ts';
import { formatCount, formatMoney, formatPercent } from './format.ts';
import { finite } from './scales.ts';
import { FONT, middleBaseline, spreadLabels, text, textWidth, truncate, wrap } from './text.ts';

export type CostByCategoryInput = Pick<
  ScenarioResult,
  'costByCategory' | 'iterations' | 'runCost' | 'runCostPerMonth'
>;

/** The visible category; every other build category is below the waterline (DESIGN §2). */
const VISIBLE = 'model';
const RUNNING = 'running';
/** Hidden categories in the order the work happens; unknown ones follow. */
const HIDDEN_ORDER = ['data', 'productionization', 'mlops', 'management', 'risk'];
const NAMES: Record<string, string> = {
  model: 'Model work',
  data: 'Data',
  productionization: 'Productionization',
  mlops: 'MLOps',
  management: 'Management',
  risk: 'Risk events',
  running: 'Running after launch',
};
/** How the names read inside a sentence. */
const IN_SENTENCE: Record<string, string> = { mlops: 'MLOps' };
/** Fades that tell the stacked hidden categories apart in one hue. */
const HIDDEN_OPACITY = [1, 0.8, 0.62, 0.46, 0.34];

const TOP = 10;
/** Room above the waterline for the "visible" caption, however small the tip. */
const SKY = 40;
const LINE = 15;

export function categoryName(id: string): string {
  return NAMES[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
}

/**
 * "The iceberg": the model work everyone plans for sits above a waterline; data,
 * productionization, MLOps and management, the work plans forget, stack below it. Heights are
 * proportional to the mean cost of each category (means add up to the mean build cost, P50s do
 * not). Running costs after launch are not build cost and are noted below the chart.
 */
export function costByCategoryChart(result: CostByCategoryInput, options: ChartOptions): ChartSpec {
  const { width, height } = chartSize(options);
  const { currency, locale } = options;
  const money = (v: number) => formatMoney(v, currency, locale);
  const mean = (id: string) => Math.max(0, finite(result.costByCategory[id]?.mean ?? 0));
  const hiddenIds = Object.keys(result.costByCategory)
    .filter((id) => id !== VISIBLE && id !== RUNNING)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const visible = mean(VISIBLE);
  const hidden = hiddenIds.map((id) => ({ id, amount: mean(id) }));
  const hiddenTotal = hidden.reduce((sum, h) => sum + h.amount, 0);
  const total = visible + hiddenTotal;
  const share = (v: number) => (total > 0 ? v / total : 0);
  const months = result.runCostPerMonth?.length ?? 0;
  const running = Math.max(
    0,
    finite(result.runCost?.mean ?? result.costByCategory[RUNNING]?.mean ?? 0),
  );
  const runningNote =
    running > 0
      ? `Not in the build cost: running it after launch, ${money(running)} over ${formatCount(months, locale)} months (mean).`
      : 'No running costs after launch in this plan.';

  const title = 'The iceberg: visible and hidden work';
  const description =
    total > 0
      ? 'Like an iceberg, most of what an ML project costs is below the waterline. ' +
        `Above it is the model work every plan shows: ${money(visible)}, ${formatPercent(share(visible), locale)} of the build cost. ` +
        `Below it is the work plans forget (${hidden.map((h) => IN_SENTENCE[h.id] ?? categoryName(h.id).toLowerCase()).join(', ')}): ` +
        `${money(hiddenTotal)}, ${formatPercent(share(hiddenTotal), locale)}. ` +
        `Amounts are means (averages over ${formatCount(result.iterations, locale)} simulations), so they add up to the average build cost of ${money(total)}. ` +
        runningNote
      : 'No build cost to show yet.';
  const rows: (string | number)[][] = [
    [
      categoryName(VISIBLE),
      money(visible),
      formatPercent(share(visible), locale),
      'Above the waterline (visible)',
    ],
    ...hidden.map((h) => [
      categoryName(h.id),
      money(h.amount),
      formatPercent(share(h.amount), locale),
      'Below the waterline (hidden)',
    ]),
    ['Build cost', money(total), formatPercent(total > 0 ? 1 : 0, locale), 'Total'],
    [
      categoryName(RUNNING),
      money(running),
      '',
      `After launch, over ${formatCount(months, locale)} months; not in the build cost`,
    ],
  ];
  const table = { columns: ['Category', 'Mean cost', 'Share of build cost', 'Where'], rows };
  if (!(total > 0)) {
    return {
      id: 'cost-by-category',
      title,
      description,
      width,
      height,
      marks: emptyMessage('No build cost to show yet', width, height),
      table,
    };
  }

  const note = wrap(runningNote, width - 16, FONT.note, 2);
  const noteHeight = 12 + note.length * LINE;
  const available = height - TOP - noteHeight;
  const scale = Math.min(
    available / total,
    hiddenTotal > 0 ? (available - SKY) / hiddenTotal : available / total,
  );
  const waterY = TOP + Math.max(SKY, visible * scale);

  const visibleCaption = [
    `Visible: ${categoryName(VISIBLE).toLowerCase()}`,
    `${money(visible)} · ${formatPercent(share(visible), locale)}`,
  ];
  const hiddenCaption = [
    'Hidden work',
    `${money(hiddenTotal)} · ${formatPercent(share(hiddenTotal), locale)}`,
  ];
  const captionWidth = Math.max(
    ...[...visibleCaption, ...hiddenCaption].map((t) => textWidth(t, FONT.label, 'bold')),
  );
  const columnX = Math.min(Math.max(captionWidth + 24, width * 0.26), width * 0.4);
  const columnWidth = Math.max(40, Math.min(170, width * 0.22));
  const labelX = columnX + columnWidth + 26;
  const labelRoom = width - labelX - 4;

  const marks: ChartMark[] = [
    {
      kind: 'rect',
      x: 0,
      y: waterY,
      width,
      height: Math.max(0, height - noteHeight + 4 - waterY),
      fill: 'water',
    },
  ];
  // The tip: model work sitting on the waterline.
  const tipHeight = visible * scale;
  if (tipHeight > 0) {
    marks.push({
      kind: 'rect',
      x: columnX,
      y: waterY - tipHeight,
      width: columnWidth,
      height: tipHeight,
      fill: 'visible',
      label: rows[0]![0] as string,
    });
  }
  // Hidden categories stacked down from the waterline, a hairline apart.
  let cursor = waterY;
  const segments = hidden.map((h, i) => {
    const segmentHeight = h.amount * scale;
    const segment = {
      ...h,
      top: cursor,
      height: segmentHeight,
      opacity: HIDDEN_OPACITY[i % HIDDEN_OPACITY.length]!,
    };
    cursor += segmentHeight;
    return segment;
  });
  for (const s of segments) {
    if (s.height <= 0) continue;
    marks.push({
      kind: 'rect',
      x: columnX,
      y: s.top + (s.top > waterY ? 1 : 0),
      width: columnWidth,
      height: Math.max(0.5, s.height - (s.top > waterY ? 1 : 0)),
      fill: 'hidden',
      opacity: s.opacity,
      label: categoryName(s.id),
    });
  }
  marks.push({
    kind: 'line',
    x1: 0,
    y1: waterY,
    x2: width,
    y2: waterY,
    stroke: 'accent',
    width: 2,
  });
  marks.push(
    text(width - 4, waterY - 5, 'waterline', { anchor: 'end', size: FONT.note, fill: 'accent' }),
  );

  // Captions left of the column: what is visible above, what is hidden below.
  const captionRight = columnX - 14;
  marks.push(
    text(captionRight, waterY - 24, truncate(visibleCaption[0]!, captionRight - 2, FONT.label), {
      anchor: 'end',
      fill: 'ink',
    }),
    text(
      captionRight,
      waterY - 8,
      truncate(visibleCaption[1]!, captionRight - 2, FONT.label, 'bold'),
      { anchor: 'end', weight: 'bold', fill: 'ink' },
    ),
    text(captionRight, waterY + 20, truncate(hiddenCaption[0]!, captionRight - 2, FONT.label), {
      anchor: 'end',
      fill: 'ink',
    }),
    text(
      captionRight,
      waterY + 36,
      truncate(hiddenCaption[1]!, captionRight - 2, FONT.label, 'bold'),
      { anchor: 'end', weight: 'bold', fill: 'ink' },
    ),
  );

  // Labels right of the column (the tip is named by its caption), spread so they never
  // overlap, with leaders to their segment: on one line when it fits, else on two when there is
  // height for that, else cut short; when even one line each does not fit, the smallest
  // categories go unlabelled (the data table has them all).
  const labelTop = waterY + 2;
  const labelBottom = height - noteHeight + 2;
  const room = labelBottom - labelTop;
  const candidates = segments.filter((s) => s.amount > 0);
  const names = new Map(candidates.map((s) => [s.id, categoryName(s.id)]));
  const amounts = new Map(
    candidates.map((s) => [s.id, `${money(s.amount)} · ${formatPercent(share(s.amount), locale)}`]),
  );
  const fitsWidth = candidates.every(
    (s) => textWidth(`${names.get(s.id)}  ${amounts.get(s.id)}`, FONT.label) <= labelRoom,
  );
  const twoLines = !fitsWidth && candidates.length * (2 * LINE + 4) <= room;
  const labelHeight = twoLines ? 2 * LINE + 2 : LINE + 1;
  const fitCount = Math.max(0, Math.floor((room + 2) / (labelHeight + 2)));
  const keep = new Set(
    [...candidates]
      .sort((a, b) => b.amount - a.amount)
      .slice(0, fitCount)
      .map((s) => s.id),
  );
  const labelled = candidates.filter((s) => keep.has(s.id));
  const centres = spreadLabels(
    labelled.map((s) => ({ center: s.top + s.height / 2, size: labelHeight })),
    labelTop,
    labelBottom,
    2,
  );
  const edge = columnX + columnWidth;
  labelled.forEach((s, i) => {
    const anchorY = s.top + s.height / 2;
    const y = centres[i]!;
    const name = names.get(s.id)!;
    const amount = amounts.get(s.id)!;
    marks.push({
      kind: 'path',
      points: [
        [edge, anchorY],
        [edge + 10, anchorY],
        [labelX - 4, y],
      ],
      stroke: 'muted',
      width: 1,
    });
    if (twoLines) {
      marks.push(
        text(
          labelX,
          middleBaseline(y - LINE / 2, FONT.label),
          truncate(name, labelRoom, FONT.label),
          {
            fill: 'ink',
          },
        ),
        text(
          labelX,
          middleBaseline(y + LINE / 2, FONT.label),
          truncate(amount, labelRoom, FONT.label),
          {
            fill: 'muted',
          },
        ),
      );
    } else {
      const label = truncate(`${name}  ${amount}`, labelRoom, FONT.label);
      if (label) marks.push(text(labelX, middleBaseline(y, FONT.label), label, { fill: 'ink' }));
    }
  });
  note.forEach((line, i) => {
    marks.push(
      text(8, height - noteHeight + 8 + LINE * (i + 0.5) + 4, line, {
        size: FONT.note,
        fill: 'muted',
      }),
    );
  });
  return { id: 'cost-by-category', title, description, width, height, marks, table };
}

function rank(id: string): number {
  const i = HIDDEN_ORDER.indexOf(id);
  return i < 0 ? HIDDEN_ORDER.length : i;
}
