import Database from 'better-sqlite3';
import api, { type APIResponse, type RequestInit, type Route } from '@forge/api';
import { conformingConfluence, conformingJira } from '../../local/product/conformance/conforming-products';
import { createConfluenceService } from '../../local/product/confluence-service';
import { createJiraService, type EntityPropertyAlias } from '../../local/product/jira-service';
import type { IssueEvent, ProductHooks, TransitionCheck, TransitionVerdict } from '../../local/product/product-hooks';
import { ProductStore } from '../../local/product/product-store';
import { seedProductDemo } from '../../local/product/seed-product';
import { ForgeRuntime } from '../../local/runtime/forge-runtime';
import { defaultKnobs } from '../../local/runtime/knobs';
import type { ServiceHandler } from '../../local/runtime/service';
import { Stats } from '../../local/runtime/stats';

/** A fake behind the `ProductHooks` port: records events and validator checks, answers a set verdict. */
export class RecordingHooks implements ProductHooks {
  readonly events: IssueEvent[] = [];
  readonly checks: TransitionCheck[] = [];
  verdict: TransitionVerdict = { result: true };

  onIssueEvent(event: IssueEvent): void {
    this.events.push(event);
  }

  validateTransition(check: TransitionCheck): TransitionVerdict {
    this.checks.push(check);
    return this.verdict;
  }
}

export const ALIASES: EntityPropertyAlias[] = [
  { propertyKey: 'csi', path: 'score', searchAlias: 'csiScore', type: 'number' },
  { propertyKey: 'csi', path: 'class', searchAlias: 'csiClass', type: 'string' },
  { propertyKey: 'csi', path: 'complete', searchAlias: 'csiComplete', type: 'string' },
];

export const APP = 'app';

export interface Reply {
  status: number;
  headers: APIResponse['headers'];
  // Response bodies are whatever JSON the simulator sent; tests assert on concrete values.
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const fail: ServiceHandler = (req) => {
  throw new Error(`Unexpected platform call ${req.method} ${req.path}`);
};

/** Sends one request through the official client, as `as` (a user account id, or `APP` for asApp). */
function send(runtime: ForgeRuntime, product: 'jira' | 'confluence', as: string, path: Route, init?: RequestInit) {
  return runtime.run('fn', 'key', as === APP ? undefined : as, 'mod', async (): Promise<Reply> => {
    const client = as === APP ? api.asApp() : api.asUser();
    const res = product === 'jira' ? await client.requestJira(path, init) : await client.requestConfluence(path, init);
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  });
}

const jsonInit = (method: string, body: unknown): RequestInit =>
  body === undefined
    ? { method }
    : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };

/** One seeded site on in-memory SQLite, with the runtime seams installed and a controllable clock. */
export function createHarness() {
  const store = new ProductStore(new Database(':memory:'));
  seedProductDemo(store);
  const hooks = new RecordingHooks();
  const clock = { now: new Date('2026-11-02T10:00:00.000Z') };
  const now = () => clock.now;
  // Every answer the contract tests read is checked against the vendor's OpenAPI description.
  const jira = conformingJira(
    createJiraService(store, hooks, {
      entityPropertyAliases: ALIASES,
      customFields: [{ key: 'csi-score-field', name: 'CSI score', type: 'number' }],
      now,
    }),
  );
  const confluence = conformingConfluence(createConfluenceService(store, now));
  const runtime = new ForgeRuntime({ kvs: fail, jira, confluence, platform: fail }, new Stats(), defaultKnobs);
  runtime.install();
  return {
    store,
    hooks,
    clock,
    runtime,
    jira: (as: string, path: Route, method = 'GET', body?: unknown) =>
      send(runtime, 'jira', as, path, jsonInit(method, body)),
    confluence: (as: string, path: Route) => send(runtime, 'confluence', as, path),
  };
}

export type Harness = ReturnType<typeof createHarness>;
