/**
 * The platform stopped the invocation at its runtime limit (limits-invocation: "Maximum runtime
 * permitted before the app is stopped"). Callers see it as the invocation's failure: a resolver
 * call fails, a product event or queue event is retried by the platform (events-reference/
 * product_events, "Retry for platform level errors": `FUNCTION_TIME_OUT`).
 */
export class InvocationTimeoutError extends Error {
  override readonly name = 'InvocationTimeoutError';
  readonly code = 'FUNCTION_TIME_OUT';

  constructor(
    readonly functionKey: string,
    readonly timeoutSeconds: number | undefined,
  ) {
    super(
      timeoutSeconds === undefined
        ? `Function '${functionKey}' was stopped at its time limit; it can reach no platform service`
        : `Function '${functionKey}' timed out after ${timeoutSeconds} seconds`,
    );
  }
}

/**
 * Runs `work`, and rejects with `stop()`'s error once `budgetMs` have passed. The work itself
 * cannot be killed in-process; `stop()` marks it stopped so it reaches no platform service again.
 */
export function runWithDeadline<T>(work: () => Promise<T>, budgetMs: number, stop: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(stop()), budgetMs);
  });
  return Promise.race([work(), stopped]).finally(() => clearTimeout(timer));
}
