/**
 * The classes an initiative falls into by effort and duration (domain.md section 1): declared once
 * here and imported everywhere, the UI included (through src/contracts/fields.ts).
 *
 * @example
 * INITIATIVE_CLASSES.includes('quick-win'); // true
 */
export const INITIATIVE_CLASSES = ['quick-win', 'standard', 'transformational', 'unclassified'] as const;

/** One of {@link INITIATIVE_CLASSES}. */
export type InitiativeClass = (typeof INITIATIVE_CLASSES)[number];
