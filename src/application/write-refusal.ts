/**
 * A write the app refuses before anything is written, with a stable code and a message for the
 * person (issue 8: "a write that would exceed a platform limit is refused with a specific message";
 * "contention is answered with CONFLICT ... never with INTERNAL"). Adapters throw it; the resolver
 * wrapper answers it as it is.
 */
export class WriteRefusedError extends Error {
  override readonly name: string = 'WriteRefusedError';
  constructor(
    readonly code: 'CONFLICT' | 'PRECONDITION_FAILED',
    message: string,
  ) {
    super(message);
  }
}

export const isWriteRefused = (error: unknown): error is WriteRefusedError => error instanceof WriteRefusedError;
