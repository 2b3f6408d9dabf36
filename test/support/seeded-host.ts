import { LocalHost, type LocalHostOptions } from '../../local/host';
import { seedDemo } from '../../local/seed/seed-demo';
import type { Frame, FrameRequest } from '../../local/app/frames';
import type { Envelope } from '../../src/contracts/envelope';

/** A local host on an in-memory database with the demo data, for tests. */
export async function seededHost(options: LocalHostOptions = {}): Promise<LocalHost> {
  const host = new LocalHost({ dbFile: ':memory:', ...options });
  await seedDemo(host);
  host.stats.reset();
  return host;
}

/** Opens a frame and invokes a resolver through it, the path `/__local/invoke` takes. */
export async function invokeAs<T = unknown>(
  host: LocalHost,
  frame: FrameRequest | Frame,
  callKey: string,
  payload: unknown,
): Promise<{ envelope: Envelope<T>; writes: { kvs: number; rest: number } }> {
  const opened = 'token' in frame ? frame : host.frames.create(frame);
  const id = host.stats.nextId;
  const envelope = (await host.runner.invokeResolver(opened, callKey, payload)) as Envelope<T>;
  await host.settle();
  const record = host.stats.byId(id);
  if (!record || record.callKey !== callKey) throw new Error(`No stats record for ${callKey}`);
  return { envelope, writes: { kvs: record.kvsWrites, rest: record.restWrites } };
}
