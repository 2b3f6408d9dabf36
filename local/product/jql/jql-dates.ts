import { JqlError } from './jql-error';

const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/**
 * Parses a JQL date operand: `yyyy-MM-dd`, `yyyy/MM/dd`, either with ` HH:mm`, or a relative
 * period such as `-30d`, `2w`, `-4h` (relative to `now`). Dates without a zone are read as UTC.
 */
export function parseJqlDate(text: string, field: string, now: Date): number {
  const relative = /^([+-]?)(\d+)([wdhm])$/.exec(text.trim());
  if (relative) {
    const amount = Number(relative[2]) * UNIT_MS[relative[3]!]!;
    return now.getTime() + (relative[1] === '-' ? -amount : amount);
  }
  const absolute = /^(\d{4})[-/](\d{2})[-/](\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text.trim());
  if (absolute) {
    const [, y, mo, d, h = '00', mi = '00'] = absolute;
    const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:00Z`);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new JqlError(
    `Date value '${text}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}
