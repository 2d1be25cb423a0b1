/**
 * How the report writes numbers and dates: through Intl, in the project's currency and the
 * reader's locale. The report model holds only strings made here, so the PDF, its tests and any
 * other renderer show the same text.
 */
import { formatDate, formatRho } from '../charts/format.ts';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // An unknown locale or currency code: en-US, and the code after the number.
      const { style: _style, currency: _currency, ...rest } = options;
      format = new Intl.NumberFormat('en-US', rest);
    }
    cache.set(key, format);
  }
  return format;
}

function isCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

const finite = (value: number) => (Number.isFinite(value) ? value : 0);

/** The formatters of one report: every number it prints goes through these. */
export type ReportFormat = {
  locale: string;
  currency: string;
  /**
   * A simulated amount to three significant digits ("$670,000"): Monte Carlo figures carry no
   * more precision than that, and a sponsor reads round numbers faster.
   */
  estimate(value: number): string;
  /** An amount as given (inputs, prices): up to two decimals ("$0.0816", "$1,200"). */
  exact(value: number): string;
  /** A signed estimate for deltas ("+$12,000", "−$3,400"). */
  delta(value: number): string;
  /** A share ("84%", "2.5%"). */
  percent(fraction: number): string;
  /** A signed share difference in points ("+3 pts"). */
  points(difference: number): string;
  /** A plain number with grouping and at most `digits` decimals. */
  number(value: number, digits?: number): string;
  /** A number with exactly `digits` decimals ("4.0", "29.9"), for columns of measurements. */
  fixed(value: number, digits: number): string;
  /** A signed correlation with two decimals ("+0.50"). */
  rho(value: number): string;
  /** A calendar date ("12 Jun 2027"). */
  date(iso: string): string;
  /** Working days, rounded ("112 working days"). */
  workingDays(days: number): string;
};

export function reportFormat(currency: string, locale: string): ReportFormat {
  const known = isCurrency(currency);
  const money = (value: number, options: Intl.NumberFormatOptions) =>
    known
      ? numberFormat(locale, { style: 'currency', currency, ...options }).format(finite(value))
      : `${numberFormat(locale, options).format(finite(value))} ${currency}`;
  const number = (value: number, digits = 0) =>
    numberFormat(locale, { maximumFractionDigits: digits }).format(finite(value));
  return {
    locale,
    currency,
    estimate: (value) =>
      money(value, { maximumSignificantDigits: 3, minimumFractionDigits: 0 } as const),
    exact: (value) =>
      money(value, {
        minimumFractionDigits: 0,
        maximumFractionDigits: Math.abs(value) < 1 ? 4 : 2,
      }),
    delta: (value) =>
      money(value, { maximumSignificantDigits: 3, signDisplay: 'exceptZero' } as const),
    percent: (fraction) => {
      const v = finite(fraction);
      const digits = v !== 0 && Math.abs(v) < 0.1 ? 1 : 0;
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(v);
    },
    points: (difference) =>
      `${numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(finite(difference) * 100)} pts`,
    number,
    fixed: (value, digits) =>
      numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        finite(value),
      ),
    rho: (value) => formatRho(value, locale),
    date: (iso) => formatDate(iso, locale),
    workingDays: (days) => `${number(Math.round(finite(days)))} working days`,
  };
}
