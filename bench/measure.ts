import type { LocalHost } from '../local/host';
import type { FrameRequest } from '../local/app/frames';

export interface CallCost {
  invocations: number;
  kvsReads: number;
  kvsWrites: number;
  kvsQueries: number;
  rest: number;
  ms: number;
  ok: boolean;
}

/**
 * The platform cost of one resolver call, read from the host's counters: the call itself plus
 * anything it caused (product events, queue deliveries) until the host is idle.
 */
export async function measureCall(
  host: LocalHost,
  frame: FrameRequest,
  callKey: string,
  payload: unknown,
): Promise<CallCost> {
  const opened = host.frames.create(frame);
  await host.settle();
  const before = { ...host.stats.totals };
  const started = performance.now();
  const envelope = (await host.runner.invokeResolver(opened, callKey, payload)) as { ok: boolean };
  await host.settle();
  const ms = performance.now() - started;
  const after = host.stats.totals;
  return {
    invocations: after.invocations - before.invocations,
    kvsReads: after.kvsReads - before.kvsReads,
    kvsWrites: after.kvsWrites - before.kvsWrites,
    kvsQueries: after.kvsQueries - before.kvsQueries,
    rest: after.restReads + after.restWrites - before.restReads - before.restWrites,
    ms,
    ok: envelope.ok,
  };
}

/** Prints an aligned text table. */
export function table(title: string, headers: string[], rows: Array<Array<string | number>>): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}
