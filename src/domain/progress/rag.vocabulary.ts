/**
 * The red / amber / green status of a progress update or a KPI against its target.
 *
 * @example
 * RAGS[0]; // 'red'
 */
export const RAGS = ['red', 'amber', 'green'] as const;

/** One of {@link RAGS}. */
export type Rag = (typeof RAGS)[number];
