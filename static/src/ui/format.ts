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

export const formatDate = (iso: string): string => {
  const d = parse(iso);
  return d ? date.format(d) : iso;
};

/** A score with one decimal, or an en dash when there is none. */
export const formatScore = (score: number | null): string => (score === null ? '–' : score.toFixed(1));

export const formatNumber = (n: number | null): string => (n === null ? '–' : String(Number(n.toFixed(2))));

export const formatPct = (n: number | null): string => (n === null ? '–' : `${Number(n.toFixed(1))} %`);
