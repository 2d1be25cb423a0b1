import { FathomInputError } from '../errors.ts';

/** One record of a CSV file: its fields and the 1-based line on which it starts. */
export type CsvRow = { line: number; fields: string[] };

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

/**
 * Parses comma-separated text per RFC 4180: fields in double quotes may hold commas, line breaks
 * and doubled quotes (`""`); records end with CRLF, LF or a lone CR. A UTF-8 byte-order mark is
 * dropped and blank lines (a trailing empty line included) are skipped. Fields are returned as
 * written (not trimmed). Throws `FathomInputError` with a `line N` path for a quote that is never
 * closed or text after a closing quote.
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;

  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let field: string;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const openedOn = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            throw new FathomInputError([
              {
                path: `line ${openedOn}`,
                message:
                  'a quoted field starts here but its closing quote (") is missing; a quote inside a quoted field must be doubled ("")',
              },
            ]);
          }
          value += text.slice(from, close);
          line += countLineBreaks(text, from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          throw new FathomInputError([
            {
              path: `line ${line}`,
              message: `unexpected text after the closing quote of field ${fields.length + 1}; a quote inside a quoted field must be doubled ("")`,
            },
          ]);
        }
        field = value;
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === LF || c === CR) break;
          end++;
        }
        field = text.slice(i, end);
        i = end;
      }
      fields.push(field);

      // `i` now sits on a comma, a line break or the end of the text.
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c === COMMA) {
        i++;
      } else {
        endOfRecord = true;
        if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        else if (c === LF) i++;
        if (c !== -1) line++;
      }
    }
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) rows.push({ line: rowLine, fields });
  }
  return rows;
}

/** Line breaks (CRLF, LF or lone CR, each counted once) in `text[from, to)`. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(j + 1) !== LF) count++;
  }
  return count;
}
