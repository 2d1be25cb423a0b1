import { describe, expect, it } from 'vitest';
import { spreadLabels, textBox, textWidth, truncate, wrap } from './text.ts';

describe('chart text', () => {
  it('estimates width at 0.55 em per character', () => {
    expect(textWidth('abcd', 10)).toBeCloseTo(22, 9);
  });

  it('truncates with an ellipsis to fit a width', () => {
    expect(truncate('short', 100, 10)).toBe('short');
    const cut = truncate('Integrate scores with the CRM and retention campaigns', 100, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(100);
    expect(truncate('anything', 4, 10)).toBe('');
  });

  it('wraps at spaces onto a limited number of lines', () => {
    const lines = wrap('Integrate scores with the CRM and retention campaigns', 120, 10, 2);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrap('Two words', 200, 10, 2)).toEqual(['Two words']);
  });

  it('spreads overlapping labels apart within bounds, keeping their order', () => {
    const centres = spreadLabels(
      [
        { center: 50, size: 20 },
        { center: 52, size: 20 },
        { center: 98, size: 20 },
      ],
      0,
      100,
      2,
    );
    expect(centres[1]! - centres[0]!).toBeGreaterThanOrEqual(22 - 1e-9);
    expect(centres[2]! - centres[1]!).toBeGreaterThanOrEqual(22 - 1e-9);
    expect(centres[2]! + 10).toBeLessThanOrEqual(100 + 1e-9);
  });

  it('boxes rotated text along its run', () => {
    const [left, top, right, bottom] = textBox({
      kind: 'text',
      x: 12,
      y: 100,
      text: 'abcd',
      size: 10,
      anchor: 'middle',
      rotate: 90,
    });
    expect(bottom - top).toBeCloseTo(22, 9);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeGreaterThan(12);
  });
});
