/** Text-field values to numbers. An unreadable entry becomes NaN so the schema refuses it by name. */
export const toNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** An optional number: empty means null. */
export const toNumberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export const fromNumber = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
