/**
 * Failures injected into the in-memory ports, by operation name (`initiatives.update`,
 * `updates.add`, `decisions.append`, ...). `failNext`: the operation throws before it changes
 * anything, as a refused or unreachable storage call does. `loseNextAnswer`: the operation takes
 * effect and then throws, as a call whose answer was lost does (the client sees a failure, storage
 * holds the change): what a retry with the same request id must complete without doing it twice.
 */
export class Faults {
  private readonly before = new Map<string, number>();
  private readonly after = new Map<string, number>();

  failNext(operation: string, times = 1): void {
    this.before.set(operation, (this.before.get(operation) ?? 0) + times);
  }

  loseNextAnswer(operation: string, times = 1): void {
    this.after.set(operation, (this.after.get(operation) ?? 0) + times);
  }

  /** Called by a port before it writes: throws when a failure is armed for `operation`. */
  beforeWrite(operation: string): void {
    take(this.before, operation, 'failed before writing');
  }

  /** Called by a port after it wrote: throws when a lost answer is armed for `operation`. */
  afterWrite(operation: string): void {
    take(this.after, operation, 'wrote, then its answer was lost');
  }
}

/** Thrown by an injected failure. */
export class InjectedFault extends Error {
  override readonly name = 'InjectedFault';
}

function take(armed: Map<string, number>, operation: string, what: string): void {
  const left = armed.get(operation) ?? 0;
  if (left === 0) return;
  armed.set(operation, left - 1);
  throw new InjectedFault(`${operation}: ${what} (injected)`);
}
