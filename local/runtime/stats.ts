/**
 * Counters of what the platform charges for: invocations, KVS operations, product REST calls.
 * Each invocation gets its own record so tests and benchmarks can read the cost of one call.
 */
export interface CallCounters {
  invocations: number;
  kvsReads: number;
  kvsWrites: number;
  kvsQueries: number;
  restReads: number;
  restWrites: number;
  queuePushes: number;
}

export interface CallRecord extends CallCounters {
  /** Increasing per host; find the record of a call by the id that was next before it. */
  id: number;
  functionKey: string;
  /** The resolver key (`call.functionKey`) for resolver invocations, the trigger key otherwise. */
  callKey: string;
  accountId: string | undefined;
  kvsOps: Record<string, number>;
  restCalls: Record<string, number>;
}

const MAX_CALLS = 2000;

export function emptyCounters(): CallCounters {
  return { invocations: 0, kvsReads: 0, kvsWrites: 0, kvsQueries: 0, restReads: 0, restWrites: 0, queuePushes: 0 };
}

export class Stats {
  totals: CallCounters = emptyCounters();
  /** Counted outside any invocation (seeding, the workbench, tests calling services directly). */
  outside: CallCounters = emptyCounters();
  calls: CallRecord[] = [];
  nextId = 1;

  /** The record with this id, if it is still kept (the last 2000 calls are). */
  byId(id: number): CallRecord | undefined {
    return this.calls.find((c) => c.id === id);
  }

  startCall(functionKey: string, callKey: string, accountId: string | undefined): CallRecord {
    const record: CallRecord = {
      ...emptyCounters(),
      id: this.nextId++,
      invocations: 1,
      functionKey,
      callKey,
      accountId,
      kvsOps: {},
      restCalls: {},
    };
    this.totals.invocations += 1;
    this.calls.push(record);
    if (this.calls.length > MAX_CALLS) this.calls.shift();
    return record;
  }

  countKvs(record: CallRecord | undefined, op: string): void {
    const kind: keyof CallCounters = op.includes('query') ? 'kvsQueries' : isKvsWrite(op) ? 'kvsWrites' : 'kvsReads';
    this.totals[kind] += 1;
    const target = record ?? this.outside;
    target[kind] += 1;
    if (record) record.kvsOps[op] = (record.kvsOps[op] ?? 0) + 1;
  }

  countRest(record: CallRecord | undefined, method: string, route: string): void {
    const kind: keyof CallCounters = method === 'GET' || isReadOnlyPost(route) ? 'restReads' : 'restWrites';
    this.totals[kind] += 1;
    const target = record ?? this.outside;
    target[kind] += 1;
    if (record) record.restCalls[`${method} ${route}`] = (record.restCalls[`${method} ${route}`] ?? 0) + 1;
  }

  countQueuePush(record: CallRecord | undefined): void {
    this.totals.queuePushes += 1;
    (record ?? this.outside).queuePushes += 1;
  }

  reset(): void {
    this.totals = emptyCounters();
    this.outside = emptyCounters();
    this.calls = [];
  }

  snapshot(): { totals: CallCounters; outside: CallCounters; calls: CallRecord[] } {
    return structuredClone({ totals: this.totals, outside: this.outside, calls: this.calls });
  }
}

function isKvsWrite(op: string): boolean {
  return /set|delete|transaction/.test(op);
}

/** POSTs that only read: permission checks and searches. */
function isReadOnlyPost(route: string): boolean {
  return /permissions\/check|\/search|\/jql|\/bulkfetch/.test(route);
}
