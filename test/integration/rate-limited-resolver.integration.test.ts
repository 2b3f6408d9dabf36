import Database from 'better-sqlite3';
import { z } from 'zod/mini';
import { defineCall } from '../../src/contracts/call';
import { defineResolver, runCall } from '../../src/adapters/resolvers/define-resolver';
import { ok } from '../../src/domain/result';
import { conformingJira } from '../../local/product/conformance/conforming-products';
import { createJiraService, PointsPool } from '../../local/product/jira-service';
import { ProductStore } from '../../local/product/product-store';
import { seedProductDemo } from '../../local/product/seed-product';
import { ForgeRuntime } from '../../local/runtime/forge-runtime';
import { defaultKnobs } from '../../local/runtime/knobs';
import type { ServiceHandler } from '../../local/runtime/service';
import { Stats } from '../../local/runtime/stats';
import { RecordingHooks } from '../contract/api.contract.harness';

/**
 * Bad input (issue 7): "a quota 429 in a resolver returns UNAVAILABLE with when to retry, at once,
 * without sleeping through the invocation limit". The resolver pipeline runs against the real Jira
 * simulator, whose Global Pool the app's other sites have spent (rate-limiting: "When the quota is
 * reached, all further requests are denied until the next reset"; Retry-After until the hour).
 */

const fail: ServiceHandler = (req) => {
  throw new Error(`Unexpected platform call ${req.method} ${req.path}`);
};

function site(spent: number) {
  const store = new ProductStore(new Database(':memory:'));
  seedProductDemo(store);
  const now = new Date('2026-11-02T10:29:13.000Z');
  const pool = new PointsPool();
  pool.charge(now, spent);
  const jira = conformingJira(
    createJiraService(store, new RecordingHooks(), { entityPropertyAliases: [], now: () => now, pool }),
  );
  const stats = new Stats();
  const runtime = new ForgeRuntime({ kvs: fail, jira, confluence: fail, platform: fail }, stats, defaultKnobs);
  runtime.install();
  return { store, stats, runtime };
}

const call = defineCall<{ fine: true }>()('test.browse', z.strictObject({}));
const definition = defineResolver({
  call,
  requires: ['browseIssue'],
  handle: () => Promise.resolve(ok({ fine: true as const })),
});
const context = {
  accountId: 'u-editor',
  moduleKey: 'csi-issue-panel',
  extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'CSI-1' }, project: { id: '10000', key: 'CSI' } },
};

describe('a resolver when Jira refuses the app', () => {
  it('answers UNAVAILABLE saying when to try again, after one request, once the points quota is spent', async () => {
    const s = site(65_000);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const envelope = await s.runtime.run('fn', 'test.browse', 'u-editor', 'csi-issue-panel', () =>
      runCall(definition, {}, context),
    );
    warn.mockRestore();
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'Jira has reached its hourly request limit for this app. Try again in about 31 minutes.',
      },
    });
    expect(s.stats.totals.restReads + s.stats.totals.restWrites).toBe(1);
  });
});
