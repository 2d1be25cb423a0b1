/** Number and date formatting for the screen, in the project's currency and the user's locale. */

// Intl formatters are slow to make (about 0.1 ms each) and a result screen formats hundreds of
// figures; one per locale and options is kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions) {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function formatMoney(
  value: number,
  currency: string,
  compact = true,
  locale?: string,
): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact
      ? Math.abs(value) >= 1e6
        ? 2
        : Math.abs(value) >= 1e4
          ? 0
          : 1
      : 0,
  }).format(value);
}

const dateOptions: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
};

export function formatDate(iso: string, locale?: string): string {
  const key = `d|${locale ?? ''}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, dateOptions)));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

export function formatPercent(fraction: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
