import { useId, useState, type CSSProperties } from 'react';
import type { ChartColor, ChartMark, ChartSpec } from '../../engine/index.ts';
import { ChartDataTable } from './ChartDataTable.tsx';

/** Series colours defined in charts.css; `series-N` beyond them wraps around. */
const SERIES_COLOURS = 6;

/** The CSS custom property (charts.css) that holds a colour role for the current theme. */
export function chartColor(role: ChartColor): string {
  const series = /^series-(\d+)$/.exec(role);
  return series
    ? `var(--chart-series-${Number(series[1]) % SERIES_COLOURS})`
    : `var(--chart-${role})`;
}

const round = (v: number) => Math.round(v * 100) / 100;

function Mark({ mark }: { mark: ChartMark }) {
  switch (mark.kind) {
    case 'rect':
      return (
        <rect
          x={round(mark.x)}
          y={round(mark.y)}
          width={round(mark.width)}
          height={round(mark.height)}
          style={{ fill: chartColor(mark.fill) }}
          fillOpacity={mark.opacity}
          shapeRendering="crispEdges"
        />
      );
    case 'line': {
      // Axis-parallel lines snap to the pixel grid; diagonals stay anti-aliased.
      const straight = mark.x1 === mark.x2 || mark.y1 === mark.y2;
      return (
        <line
          x1={round(mark.x1)}
          y1={round(mark.y1)}
          x2={round(mark.x2)}
          y2={round(mark.y2)}
          style={{ stroke: chartColor(mark.stroke) }}
          strokeWidth={mark.width ?? 1}
          strokeDasharray={mark.dash?.join(' ')}
          shapeRendering={straight ? 'crispEdges' : undefined}
        />
      );
    }
    case 'path':
      return (
        <path
          d={mark.points
            .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`)
            .join('')}
          fill="none"
          style={{ stroke: chartColor(mark.stroke) }}
          strokeWidth={mark.width ?? 1}
          strokeDasharray={mark.dash?.join(' ')}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      );
    case 'text': {
      const style: CSSProperties = { fill: chartColor(mark.fill ?? 'ink') };
      return (
        <text
          x={round(mark.x)}
          y={round(mark.y)}
          textAnchor={mark.anchor ?? 'start'}
          fontSize={mark.size ?? 12}
          fontWeight={mark.weight === 'bold' ? 700 : undefined}
          style={style}
          // The spec turns counter-clockwise; SVG's rotate() turns clockwise.
          transform={
            mark.rotate ? `rotate(${-mark.rotate} ${round(mark.x)} ${round(mark.y)})` : undefined
          }
        >
          {mark.text}
        </text>
      );
    }
  }
}

export type ChartViewProps = {
  spec: ChartSpec;
  /** Show the title above the chart (default); hide it where the page already has a heading. */
  showTitle?: boolean;
  className?: string;
};

/**
 * Draws any ChartSpec as an accessible SVG: named by its title, described by its plain-words
 * description, with a "Show data" button that reveals the numbers as a real table.
 */
export function ChartView({ spec, showTitle = true, className }: ChartViewProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const tableId = `${id}-table`;
  const [showData, setShowData] = useState(false);
  return (
    <figure
      className={className ? `fathom-chart ${className}` : 'fathom-chart'}
      data-chart={spec.id}
    >
      <figcaption>
        {showTitle && <p className="fathom-chart__title">{spec.title}</p>}
        <p id={descriptionId} className="fathom-chart__description">
          {spec.description}
        </p>
      </figcaption>
      <svg
        className="fathom-chart__svg"
        role="img"
        aria-label={spec.title}
        aria-describedby={descriptionId}
        viewBox={`0 0 ${spec.width} ${spec.height}`}
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
      >
        {spec.marks.map((mark, i) => (
          <Mark key={i} mark={mark} />
        ))}
      </svg>
      <button
        type="button"
        className="fathom-chart__toggle"
        aria-expanded={showData}
        aria-controls={tableId}
        onClick={() => setShowData((open) => !open)}
      >
        <span className="fathom-chart__chevron" aria-hidden="true">
          ▸
        </span>
        Show data
      </button>
      <ChartDataTable
        id={tableId}
        table={spec.table}
        caption={`${spec.title}: the numbers`}
        hidden={!showData}
      />
    </figure>
  );
}
