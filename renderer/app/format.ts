/** Number and date formatting for the screen, in the project's currency and the user's locale. */
export function formatMoney(
  value: number,
  currency: string,
  compact = true,
  locale?: string,
): string {
  return new Intl.NumberFormat(locale, {
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

export function formatDate(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

export function formatPercent(fraction: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}
