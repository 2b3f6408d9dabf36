/** Where a commitment stands on a given day: an ended one is expired, confirmed or not. */
export const COMMITMENT_STATES = ['requested', 'confirmed', 'expired'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
