import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { textBox } from './text.ts';

/** How far (px) a mark may stray past the chart's edge: half a stroke, a rounding. */
const SLACK = 1;

function numbers(mark: ChartMark): number[] {
  switch (mark.kind) {
    case 'rect':
      return [mark.x, mark.y, mark.width, mark.height, mark.opacity ?? 1];
    case 'line':
      return [mark.x1, mark.y1, mark.x2, mark.y2, mark.width ?? 1, ...(mark.dash ?? [])];
    case 'path':
      return [...mark.points.flat(), mark.width ?? 1, ...(mark.dash ?? [])];
    case 'text':
      return [mark.x, mark.y, mark.size ?? 12, mark.rotate ?? 0];
  }
}

/**
 * What is wrong with a chart spec, in words (empty when nothing is): a number that is not finite,
 * a mark outside the chart's box (text by its estimated extent), text reading "NaN" or
 * "undefined", a table row of the wrong length. For tests and for renderers that want to check.
 */
export function specProblems(spec: ChartSpec): string[] {
  const problems: string[] = [];
  const { width: w, height: h } = spec;
  const inX = (x: number) => x >= -SLACK && x <= w + SLACK;
  const inY = (y: number) => y >= -SLACK && y <= h + SLACK;
  if (!spec.title.trim()) problems.push('no title');
  if (!spec.description.trim()) problems.push('no description');
  if (/NaN|undefined|Infinity/.test(spec.description))
    problems.push(`description: ${spec.description}`);
  spec.marks.forEach((mark, i) => {
    const where = `mark ${i} (${mark.kind}${mark.kind === 'text' ? ` "${mark.text}"` : ''})`;
    if (numbers(mark).some((n) => !Number.isFinite(n))) {
      problems.push(`${where}: a number is not finite`);
      return;
    }
    switch (mark.kind) {
      case 'rect':
        if (mark.width < 0 || mark.height < 0) problems.push(`${where}: negative size`);
        if (
          !inX(mark.x) ||
          !inX(mark.x + mark.width) ||
          !inY(mark.y) ||
          !inY(mark.y + mark.height)
        ) {
          problems.push(`${where}: outside the chart`);
        }
        break;
      case 'line':
        if (!inX(mark.x1) || !inX(mark.x2) || !inY(mark.y1) || !inY(mark.y2)) {
          problems.push(`${where}: outside the chart`);
        }
        break;
      case 'path':
        if (mark.points.some(([x, y]) => !inX(x) || !inY(y)))
          problems.push(`${where}: outside the chart`);
        break;
      case 'text': {
        if (/NaN|undefined|Infinity/.test(mark.text)) problems.push(`${where}: reads like a bug`);
        const [left, top, right, bottom] = textBox(mark);
        if (!inX(left) || !inX(right) || !inY(top) || !inY(bottom)) {
          problems.push(
            `${where}: runs outside the chart (${[left, top, right, bottom].map(Math.round).join(', ')})`,
          );
        }
        break;
      }
    }
  });
  spec.table.rows.forEach((row, i) => {
    if (row.length !== spec.table.columns.length)
      problems.push(`table row ${i}: ${row.length} cells`);
    if (
      row.some((cell) => cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell)))
    ) {
      problems.push(`table row ${i}: a missing or non-finite cell`);
    }
    if (row.some((cell) => typeof cell === 'string' && /NaN|undefined|Infinity/.test(cell))) {
      problems.push(`table row ${i}: reads like a bug`);
    }
  });
  return problems;
}
