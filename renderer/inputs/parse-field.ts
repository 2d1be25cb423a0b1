import type { FieldSpec } from './field-catalog.ts';

export type ParsedField = { ok: true; value: unknown } | { ok: false; message: string };

const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Reads what the user typed into a field's value; numbers accept thousands separators. */
export function parseFieldText(spec: FieldSpec, text: string): ParsedField {
  const trimmed = text.trim();
  if (trimmed === '' && spec.optional) return { ok: true, value: undefined };
  switch (spec.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed))
        return { ok: false, message: 'enter a date like 2027-01-04' };
      return { ok: true, value: trimmed };
    case 'quantity':
      if (trimmed === '')
        return { ok: false, message: `enter an amount, e.g. 250 or 2.5 T${spec.unit ?? ''}` };
      return { ok: true, value: Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed };
    case 'percent': {
      const number = Number(trimmed.replace(/%$/, '').trim());
      if (trimmed === '' || !Number.isFinite(number))
        return { ok: false, message: `"${text}" is not a percentage; enter e.g. 10 for 10%` };
      return { ok: true, value: number / 100 };
    }
    case 'number': {
      const plain = GROUPED.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
      const number = Number(plain);
      if (plain === '' || !Number.isFinite(number))
        return { ok: false, message: `"${text}" is not a number` };
      return { ok: true, value: number };
    }
    case 'select':
    case 'boolean':
      return { ok: true, value: text };
    default:
      return spec.kind satisfies never;
  }
}

/** The text a field shows for a value. */
export function formatFieldValue(spec: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (spec.kind === 'percent' && typeof value === 'number')
    return String(Math.round(value * 10000) / 100);
  return String(value);
}
