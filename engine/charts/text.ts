import type { ChartColor, ChartMark } from './chart-spec.ts';

/**
 * Text is measured by estimate, not by a font: the same spec is drawn by the browser and by
 * jsPDF, which have no shared metrics. An average glyph of a sans-serif face is about 0.55 em
 * wide; bold text a little wider. Layouts keep a few pixels of slack on top of this.
 */
export const CHAR_WIDTH_EM = 0.55;
const BOLD_FACTOR = 1.1;

/** Font sizes (px) every chart uses, so the charts look like one family. */
export const FONT = { tick: 11, label: 12, marker: 12, note: 11, legend: 11 } as const;

export function textWidth(
  text: string,
  size: number,
  weight: 'normal' | 'bold' = 'normal',
): number {
  return [...text].length * CHAR_WIDTH_EM * size * (weight === 'bold' ? BOLD_FACTOR : 1);
}

/** `text` cut with "…" so that it is at most `maxWidth` wide (empty when not even "…" fits). */
export function truncate(
  text: string,
  maxWidth: number,
  size: number,
  weight: 'normal' | 'bold' = 'normal',
): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const glyphs = [...text];
  const perGlyph = CHAR_WIDTH_EM * size * (weight === 'bold' ? BOLD_FACTOR : 1);
  const fit = Math.floor(maxWidth / perGlyph) - 1;
  if (fit < 1) return '';
  return `${glyphs.slice(0, fit).join('').trimEnd()}…`;
}

/** The baseline that centres a line of text of `size` on `y` (cap height ≈ 0.7 em). */
export function middleBaseline(y: number, size: number): number {
  return y + size * 0.35;
}

/** Horizontal extent of a text mark (unrotated), from its anchor and estimated width. */
export function textSpan(
  x: number,
  width: number,
  anchor: 'start' | 'middle' | 'end',
): [number, number] {
  if (anchor === 'start') return [x, x + width];
  if (anchor === 'end') return [x - width, x];
  return [x - width / 2, x + width / 2];
}

/** The box a text mark covers, by estimate: [left, top, right, bottom]. */
export function textBox(
  mark: Extract<ChartMark, { kind: 'text' }>,
): [number, number, number, number] {
  const size = mark.size ?? FONT.label;
  const width = textWidth(mark.text, size, mark.weight);
  const [a, b] = textSpan(0, width, mark.anchor ?? 'start');
  if (mark.rotate === 90 || mark.rotate === -90) {
    // Rotated a quarter turn: the text runs vertically through (x, y); its ascent lies across.
    const up = mark.rotate === 90;
    const top = up ? mark.y - b : mark.y + a;
    const bottom = up ? mark.y - a : mark.y + b;
    return up
      ? [mark.x - size * 0.8, top, mark.x + size * 0.25, bottom]
      : [mark.x - size * 0.25, top, mark.x + size * 0.8, bottom];
  }
  return [mark.x + a, mark.y - size * 0.8, mark.x + b, mark.y + size * 0.25];
}

type TextOptions = {
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  weight?: 'normal' | 'bold';
  fill?: ChartColor;
  rotate?: number;
};

/** A text mark; omits empty strings' optional fields so specs stay small. */
export function text(x: number, y: number, content: string, options: TextOptions = {}): ChartMark {
  return {
    kind: 'text',
    x,
    y,
    text: content,
    anchor: options.anchor ?? 'start',
    size: options.size ?? FONT.label,
    ...(options.weight ? { weight: options.weight } : {}),
    fill: options.fill ?? 'ink',
    ...(options.rotate !== undefined ? { rotate: options.rotate } : {}),
  };
}

/**
 * Positions for labels along one axis so that none overlaps the next: each wants to sit at
 * `center` and is `size` long; they keep `gap` apart and stay within [min, max]. Labels that
 * cannot all fit are packed from `min`. Returns the centres, in the input order.
 */
export function spreadLabels(
  items: readonly { center: number; size: number }[],
  min: number,
  max: number,
  gap: number,
): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.center - items[b]!.center);
  const start = new Array<number>(items.length).fill(0);
  let cursor = min;
  for (const i of order) {
    const item = items[i]!;
    start[i] = Math.max(item.center - item.size / 2, cursor);
    cursor = start[i]! + item.size + gap;
  }
  // Push back from the far end when the last labels ran past it.
  let limit = max;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    start[i] = Math.min(start[i]!, limit - items[i]!.size);
    limit = start[i]! - gap;
  }
  // If they do not fit at all, the near end wins.
  cursor = min;
  for (const i of order) {
    start[i] = Math.max(start[i]!, cursor);
    cursor = start[i]! + items[i]!.size + gap;
  }
  return items.map((item, i) => start[i]! + item.size / 2);
}

/**
 * `content` broken at spaces into at most `maxLines` lines of at most `maxWidth`; the last line
 * is cut with "…" when the text does not fit.
 */
export function wrap(content: string, maxWidth: number, size: number, maxLines: number): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(candidate, size) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) break;
    lines.push(line);
    line = words[i]!;
  }
  const rest = i < words.length ? `${line} ${words.slice(i).join(' ')}` : line;
  lines.push(truncate(rest, maxWidth, size));
  return lines.filter((l) => l !== '');
}
