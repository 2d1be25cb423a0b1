import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FathomInputError } from '../errors.ts';
import { parseCsv } from './csv.ts';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);
const lines = (text: string) => parseCsv(text).map((r) => r.line);

function issueOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof FathomInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a FathomInputError');
}

describe('parseCsv', () => {
  it('splits records and fields', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts LF, CRLF and lone CR line endings, with or without a final line break', () => {
    for (const text of ['a,b\n1,2', 'a,b\r\n1,2\r\n', 'a,b\r1,2\r']) {
      expect(fields(text)).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
      expect(lines(text)).toEqual([1, 2]);
    }
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(fields('a,,c,\n,,,')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'id,name\n1,"Clean, join ""raw"" data"\n2,"two\r\nlines"\n3,""\n';
    expect(fields(text)).toEqual([
      ['id', 'name'],
      ['1', 'Clean, join "raw" data'],
      ['2', 'two\r\nlines'],
      ['3', ''],
    ]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const text = 'id,name\n1,"a\nb\nc"\n2,x\n\n3,y\n';
    expect(lines(text)).toEqual([1, 2, 5, 7]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(fields('\uFEFFid,name\n1,a')[0]).toEqual(['id', 'name']);
  });

  it('skips blank lines and returns nothing for empty text', () => {
    expect(fields('')).toEqual([]);
    expect(fields('\n\n')).toEqual([]);
    expect(fields('\uFEFF')).toEqual([]);
    expect(fields('a\n\n\nb\n\n')).toEqual([['a'], ['b']]);
  });

  it('keeps spaces around values (trimming is the importer’s choice)', () => {
    expect(fields(' a , b ')).toEqual([[' a ', ' b ']]);
  });

  it('reports an unterminated quote with the line where it opens', () => {
    const issues = issueOf(() => parseCsv('id,name\n1,ok\n2,"never closed\n3,x\n'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('line 3');
    expect(issues[0]!.message).toMatch(/closing quote/);
  });

  it('reports text after a closing quote', () => {
    const issues = issueOf(() => parseCsv('id,name\n1,"a"b\n'));
    expect(issues[0]!.path).toBe('line 2');
    expect(issues[0]!.message).toMatch(/after the closing quote of field 2/);
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', 'é', '1') });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 5,
        }),
      )
      // A record of one empty field is indistinguishable from a blank line, which is skipped.
      .filter((rows) => rows.every((r) => !(r.length === 1 && r[0] === '')));
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
        const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
        expect(fields(text)).toEqual(rows);
      }),
    );
  });
});
