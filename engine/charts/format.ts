/**
 * Number and date formatting for chart labels, through Intl with the project's currency and the
 * reader's locale. A bad locale or currency code falls back instead of throwing: a chart should
 * never fail to draw because of a label.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      try {
        format = new Intl.NumberFormat('en-US', options);
      } catch {
        // An unknown currency code: the number alone (the caller adds the code).
        const { style: _style, currency: _currency, ...rest } = options;
        format = new Intl.NumberFormat('en-US', rest);
      }
    }
    cache.set(key, format);
  }
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const utc = { ...options, timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, utc);
    } catch {
      format = new Intl.DateTimeFormat('en-US', utc);
    }
    cache.set(key, format);
  }
  return format;
}

const currencies = new Map<string, boolean>();

/** Whether Intl knows the currency code; remembered, as a chart asks once per label. */
function isCurrency(code: string): boolean {
  let known = currencies.get(code);
  if (known === undefined) {
    try {
      new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
      known = true;
    } catch {
      known = false;
    }
    currencies.set(code, known);
  }
  return known;
}

/** Money options for `format`: a finite number (non-finite becomes 0) in compact notation. */
function money(value: number, currency: string, locale: string, significant: number): string {
  const v = Number.isFinite(value) ? value : 0;
  if (!isCurrency(currency)) {
    return `${numberFormat(locale, { notation: 'compact', maximumSignificantDigits: significant }).format(v)} ${currency}`;
  }
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: significant,
  }).format(v);
}

/** A compact amount with three significant digits: "$412K", "€1.23M", "412.000 €". */
export function formatMoney(value: number, currency: string, locale: string): string {
  return money(value, currency, locale, 3);
}

/**
 * Labels for axis ticks: the fewest significant digits that still show every tick exactly, so
 * ticks read "$0, $500K, $1M, $1.5M" rather than "$1.50M" or a rounded "$2M".
 */
export function formatMoneyTicks(
  values: readonly number[],
  currency: string,
  locale: string,
): string[] {
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : Math.abs(values[0] ?? 1);
  const tolerance = Math.max(step, 1e-9) * 1e-6;
  for (let digits = 1; digits <= 6; digits++) {
    const exact = values.every(
      (v) => v === 0 || Math.abs(Number(v.toPrecision(digits)) - v) <= tolerance,
    );
    if (exact)
      return values.map((v) => money(Math.abs(v) <= tolerance ? 0 : v, currency, locale, digits));
  }
  return values.map((v) => money(v, currency, locale, 6));
}

/** A share as a whole percentage ("84%"), or with one decimal below 10% ("2.5%"). */
export function formatPercent(fraction: number, locale: string): string {
  const v = Number.isFinite(fraction) ? fraction : 0;
  const digits = v !== 0 && Math.abs(v) < 0.1 ? 1 : 0;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(v);
}

/** Percent tick labels: whole percentages unless the ticks are closer than one point. */
export function formatPercentTicks(values: readonly number[], locale: string): string[] {
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1;
  const digits = step >= 0.01 - 1e-12 ? 0 : step >= 0.001 - 1e-12 ? 1 : 2;
  const format = numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return values.map((v) => format.format(Math.abs(v) < 1e-12 ? 0 : v));
}

/** A signed correlation with two decimals: "+0.71", "−0.12", "0.00". */
export function formatRho(rho: number, locale: string): string {
  const v = Number.isFinite(rho) ? rho : 0;
  return numberFormat(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(v);
}

/** A plain number with grouping ("2,000"). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(
    Number.isFinite(value) ? value : 0,
  );
}

/** Milliseconds since the epoch (UTC midnight) of an ISO date. */
export function isoToTime(iso: string): number {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(t) ? t : 0;
}

/** "12 Jun 2027" / "Jun 12, 2027": a date in the reader's locale. */
export function formatDate(iso: string, locale: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    isoToTime(iso),
  );
}

/**
 * Labels for date ticks. On the first of each month: month names, with the year on each January
 * (or on the first tick when no January is shown), so "Dec, Jan 2027, Feb". Otherwise day and
 * month, with the year on the first tick and wherever it changes.
 */
export function formatDateTicks(times: readonly number[], locale: string): string[] {
  const monthly = times.every((t) => new Date(t).getUTCDate() === 1);
  const yearly = monthly && times.every((t) => new Date(t).getUTCMonth() === 0);
  if (yearly) return times.map((t) => dateFormat(locale, { year: 'numeric' }).format(t));
  const withYear: Intl.DateTimeFormatOptions = monthly
    ? { month: 'short', year: 'numeric' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
  const withoutYear: Intl.DateTimeFormatOptions = monthly
    ? { month: 'short' }
    : { day: 'numeric', month: 'short' };
  const year = (t: number) => new Date(t).getUTCFullYear();
  const hasJanuary = times.some((t) => new Date(t).getUTCMonth() === 0);
  return times.map((t, i) => {
    const previous = times[i - 1];
    const showYear = monthly
      ? new Date(t).getUTCMonth() === 0 || (i === 0 && !hasJanuary)
      : previous === undefined || year(previous) !== year(t);
    return dateFormat(locale, showYear ? withYear : withoutYear).format(t);
  });
}
