import * as z from 'zod/mini';

/**
 * A client request id: one per user action, kept across the client's retries of it. A retried
 * write with the same id has one effect (the first call's change); the retry writes nothing more
 * and answers the current state, or completes what the first call left half-done.
 */
export const requestIdSchema = z.optional(
  z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'A request id is 8 to 64 letters, digits, - or _')),
);
