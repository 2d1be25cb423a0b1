import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/csv.ts';
import { csvField, csvOf, plainNumber } from './csv-writer.ts';

describe('plainNumber', () => {
  it('writes a dot decimal, no thousands separators, no exponent', () => {
    expect(plainNumber(1234567.891, 2)).toBe('1234567.89');
    expect(plainNumber(0.1 + 0.2, 6)).toBe('0.3');
    expect(plainNumber(1e-9, 6)).toBe('0');
    expect(plainNumber(-0, 2)).toBe('0');
    expect(plainNumber(-0.001, 2)).toBe('0');
    expect(plainNumber(-12.5, 2)).toBe('-12.5');
    expect(plainNumber(1e21, 2)).toBe('1000000000000000000000');
    expect(plainNumber(1e308, 2)).toMatch(/^1\d{308}$/);
    expect(plainNumber(Number.NaN, 2)).toBe('');
    expect(plainNumber(Number.POSITIVE_INFINITY, 2)).toBe('');
  });

  it('every finite number reads back within half its last decimal (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        (x) => {
          const text = plainNumber(x, 2);
          expect(text).toMatch(/^-?\d+(\.\d{1,2})?$/);
          expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(0.005 + Math.abs(x) * 1e-15);
        },
      ),
    );
  });
});

describe('csvField', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('keeps text a spreadsheet would run as a formula from being one', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    // Numbers are numbers, negative ones included.
    expect(csvField(-2)).toBe('-2');
  });
});

describe('csvOf', () => {
  it('writes a header and CRLF-ended rows that the engine’s RFC 4180 reader reads back (fast-check)', () => {
    const cells = fc
      .string({ unit: 'binary', maxLength: 30 })
      .filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.tuple(cells, cells), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = csvOf(
          [
            { name: 'a', cell: (r: [string, string]) => r[0] },
            { name: 'b', cell: (r: [string, string]) => r[1] },
          ],
          rows,
        );
        expect(text.endsWith('\r\n')).toBe(true);
        const read = parseCsv(text).map((r) => r.fields);
        expect(read[0]).toEqual(['a', 'b']);
        // The reader skips blank lines: a row of two empty cells is ",", never blank.
        expect(read.slice(1)).toEqual(rows);
      }),
    );
  });
});
