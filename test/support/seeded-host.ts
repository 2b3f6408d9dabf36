import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalHost, type LocalHostOptions } from '../../local/host';
import { seedDemo } from '../../local/seed/seed-demo';
import type { Frame, FrameRequest } from '../../local/app/frames';
import type { Envelope } from '../../src/contracts/envelope';

/**
 * A local host on an in-memory database with the demo data, for tests.
 *
 * Seeding takes seconds, and some sixty suites (several per test) need it, so a test run seeds
 * once: the first host seeded with the default options saves its database to the run's directory
 * (`CSI_TEST_RUN_DIR`, made by the global setup), and later ones open a copy of it, as `npm start`
 * reopens its database. Options that change how the seeding runs (knobs, the site, the platform)
 * seed afresh.
 */
export async function seededHost(options: LocalHostOptions = {}): Promise<LocalHost> {
  const snapshot = Object.keys(options).length === 0 ? snapshotFile() : undefined;
  if (snapshot && existsSync(snapshot)) return new LocalHost({ dbImage: readFileSync(snapshot) });
  const host = new LocalHost({ dbFile: ':memory:', ...options });
  await seedDemo(host);
  host.stats.reset();
  if (snapshot) {
    // Written whole and renamed, so another worker never opens half a file.
    const partial = `${snapshot}.${process.pid}`;
    writeFileSync(partial, host.db.serialize());
    renameSync(partial, snapshot);
  }
  return host;
}

function snapshotFile(): string | undefined {
  const dir = process.env.CSI_TEST_RUN_DIR;
  return dir ? join(dir, 'seeded-demo.db') : undefined;
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
