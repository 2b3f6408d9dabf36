/** Formatting for display; numbers arrive already computed by the resolver. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function parse(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `2026-01-31T10:00:00Z` → "31 Jan 2026, 10:00"; an unreadable value is shown as it came. */
export const formatDateTime = (iso: string): string => {
  const d = parse(iso);
  return d ? dateTime.format(d) : iso;
};

const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * An instant's date in the reader's zone; a calendar date (`YYYY-MM-DD`: a due date, already in
 * the site's zone) as that very day, never shifted by the reader's offset.
 */
export const formatDate = (iso: string): string => {
  const d = parse(iso);
  if (!d) return iso;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? calendarDate.format(d) : date.format(d);
};

/** A score with one decimal, or an en dash when there is none. */
export const formatScore = (score: number | null): string => (score === null ? '–' : score.toFixed(1));

export const formatNumber = (n: number | null): string => (n === null ? '–' : String(Number(n.toFixed(2))));

export const formatPct = (n: number | null): string => (n === null ? '–' : `${Number(n.toFixed(1))} %`);
