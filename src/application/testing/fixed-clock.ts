import type { ClockPort, IdentityPort } from '../ports';
import type { UserRefRecord } from '../initiative-record';

/**
 * A clock that answers `now` until moved (`advance`, `set`), and ids `id-1`, `id-2`, ... in order,
 * so a test names what a use case stamps without reading the system clock.
 */
export class FixedClock implements ClockPort {
  private ms: number;
  private ids = 0;

  constructor(now = '2026-12-02T09:00:00.000Z') {
    this.ms = Date.parse(now);
  }

  readonly now = (): string => new Date(this.ms).toISOString();
  readonly id = (): string => `id-${++this.ids}`;

  advance(ms: number): void {
    this.ms += ms;
  }

  set(now: string): void {
    this.ms = Date.parse(now);
  }
}

/** The calling user as the platform context names them (`IdentityPort`); `calls` counts the lookups. */
export function fixedIdentity(user: UserRefRecord): IdentityPort & { calls: number; user: UserRefRecord } {
  const port = {
    calls: 0,
    user,
    currentUser: () => {
      port.calls += 1;
      return Promise.resolve({ ...port.user });
    },
  };
  return port;
}
