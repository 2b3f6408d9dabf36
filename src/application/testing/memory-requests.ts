import type { RequestsPort } from '../ports';

/** What a committed client request key took effect on. */
export type RequestEffect = { kind: 'decision'; seq: number } | { kind: 'write'; what: string; record?: unknown };

/**
 * Client request ids (`RequestsPort`), shared by every in-memory port of one world: a port that
 * writes with a request key commits it here in the same step as its change (never before, never
 * without it), so `seen` is true exactly when the change was made, whichever port made it. Keys are
 * spelled as the real adapter spells them (`request:<accountId>:<requestId>`), per caller.
 */
export class MemoryRequests implements RequestsPort {
  private readonly committed = new Map<string, RequestEffect>();

  readonly key = (accountId: string, requestId: string): string => `request:${accountId}:${requestId}`;

  readonly seen = (key: string): Promise<boolean> => Promise.resolve(this.committed.has(key));

  /** What the key took effect on, if anything (for the ports that answer a retry from it). */
  effectOf(key: string): RequestEffect | undefined {
    return this.committed.get(key);
  }

  /** Records a key with the change it made; called by a port inside its write, never on its own. */
  commit(key: string | undefined, effect: RequestEffect): void {
    if (key !== undefined && key !== '') this.committed.set(key, effect);
  }

  /** Every committed key (to assert that a refused write committed none). */
  keys(): string[] {
    return [...this.committed.keys()];
  }
}
