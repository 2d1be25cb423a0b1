import { scaleLinear, scaleUtc } from 'd3-scale';
import { formatDateTicks } from './format.ts';
import { textWidth } from './text.ts';

/** A number that is safe to draw: NaN and ±Infinity become `fallback`. */
export function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, finite(value, min)));
}

/**
 * A domain with some width: a single value (all simulations equal) is widened by 10% each way
 * (or to [0, 1] at zero), so scales never divide by zero.
 */
export function widen([lo, hi]: readonly [number, number]): [number, number] {
  const a = finite(Math.min(lo, hi));
  const b = finite(Math.max(lo, hi));
  if (b > a) return [a, b];
  if (a === 0) return [0, 1];
  const pad = Math.abs(a) * 0.1;
  return [a - pad, a + pad];
}

export type Tick = { value: number; label: string };

export type LinearAxis = {
  /** Pixel position of a value, clamped to the range so that marks stay inside the plot. */
  at(value: number): number;
  domain: [number, number];
  ticks: Tick[];
};

/**
 * A linear scale over `domain` (widened if degenerate, extended to round numbers) mapped onto
 * [r0, r1], with as many ticks as fit: `labelSize` is how much room one label needs along the
 * axis (its width on a horizontal axis, its height on a vertical one).
 */
export function linearAxis(
  domain: readonly [number, number],
  range: readonly [number, number],
  format: (values: readonly number[]) => string[],
  labelSize: (label: string) => number,
  options: { nice?: boolean; minGap?: number } = {},
): LinearAxis {
  const length = Math.abs(range[1] - range[0]);
  const gap = options.minGap ?? 12;
  let count = Math.max(2, Math.floor(length / 50));
  let scale = scaleLinear().domain(widen(domain)).range([range[0], range[1]]);
  let ticks: Tick[] = [];
  for (; count >= 1; count--) {
    scale = scaleLinear().domain(widen(domain)).range([range[0], range[1]]);
    if (options.nice !== false) scale.nice(count);
    const values = scale.ticks(count);
    const labels = format(values);
    ticks = values.map((value, i) => ({ value, label: labels[i]! }));
    const spacing = values.length > 1 ? length / Math.max(1, values.length - 1) : length;
    const widest = Math.max(0, ...labels.map(labelSize));
    if (widest + gap <= spacing || values.length <= 2) break;
  }
  const [d0, d1] = scale.domain() as [number, number];
  const lo = Math.min(range[0], range[1]);
  const hi = Math.max(range[0], range[1]);
  return {
    at: (value) => clamp(scale(finite(value, d0)), lo, hi),
    domain: [d0, d1],
    ticks: ticks.filter(
      (t) => t.value >= Math.min(d0, d1) - 1e-9 && t.value <= Math.max(d0, d1) + 1e-9,
    ),
  };
}

export type TimeAxis = {
  at(time: number): number;
  domain: [number, number];
  ticks: Tick[];
};

const DAY = 86_400_000;

/**
 * A UTC time scale over [t0, t1] (milliseconds) on [r0, r1], with date ticks (months, weeks or
 * days, whichever fit) labelled in the reader's locale.
 */
export function timeAxis(
  domain: readonly [number, number],
  range: readonly [number, number],
  locale: string,
  fontSize: number,
): TimeAxis {
  let [t0, t1] = [finite(Math.min(...domain)), finite(Math.max(...domain))];
  if (t1 - t0 < DAY * 14) {
    // A near-certain date still gets a readable two-week window around it.
    const mid = (t0 + t1) / 2;
    t0 = mid - DAY * 7;
    t1 = mid + DAY * 7;
  }
  const length = Math.abs(range[1] - range[0]);
  const scale = scaleUtc().domain([t0, t1]).range([range[0], range[1]]);
  let ticks: Tick[] = [];
  for (let count = Math.max(2, Math.floor(length / 40)); count >= 1; count--) {
    const values = scale.ticks(count).map((d) => d.getTime());
    const labels = formatDateTicks(values, locale);
    ticks = values.map((value, i) => ({ value, label: labels[i]! }));
    // Neighbouring labels (centred on their ticks) must not touch: the year makes some longer.
    const widths = labels.map((l) => textWidth(l, fontSize));
    const fits = values.every(
      (v, i) =>
        i === 0 ||
        Math.abs(scale(v) - scale(values[i - 1]!)) >= (widths[i]! + widths[i - 1]!) / 2 + 10,
    );
    if (fits || values.length <= 2) break;
  }
  const lo = Math.min(range[0], range[1]);
  const hi = Math.max(range[0], range[1]);
  return {
    at: (time) => clamp(scale(finite(time, t0)), lo, hi),
    domain: [t0, t1],
    ticks,
  };
}

/** An axis with given tick values (already round), mapped linearly from `domain` onto `range`. */
export function fixedAxis(
  domain: readonly [number, number],
  range: readonly [number, number],
  values: readonly number[],
  labels: readonly string[],
): LinearAxis {
  const [d0, d1] = widen(domain);
  const lo = Math.min(range[0], range[1]);
  const hi = Math.max(range[0], range[1]);
  const scale = scaleLinear().domain([d0, d1]).range([range[0], range[1]]);
  return {
    at: (value) => clamp(scale(finite(value, d0)), lo, hi),
    domain: [d0, d1],
    ticks: values.map((value, i) => ({ value, label: labels[i] ?? '' })),
  };
}

/**
 * The smallest round top for a scale that starts at zero and shows `max`, split into 4 or 5
 * equal steps of 1, 2, 2.5 or 5 × 10ⁿ: two such scales (a share and a 0–100% chance) can share
 * grid lines.
 */
export function roundSteps(max: number): { top: number; steps: number; step: number } {
  const target = finite(max) > 0 ? max : 1;
  let best = { top: Number.POSITIVE_INFINITY, steps: 4, step: target / 4 };
  for (const steps of [4, 5]) {
    const magnitude = 10 ** Math.floor(Math.log10(target / steps));
    for (const m of [1, 2, 2.5, 5, 10]) {
      const step = m * magnitude;
      if (step * steps >= target * (1 - 1e-12)) {
        if (step * steps < best.top - 1e-12) best = { top: step * steps, steps, step };
        break;
      }
    }
  }
  return best;
}
