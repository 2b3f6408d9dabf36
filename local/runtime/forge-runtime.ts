import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ServiceHandler, ServiceRequest, ServiceResponse } from './service';
import type { CallRecord, Stats } from './stats';
import type { Knobs } from './knobs';
import { createRandom } from './random';

/** What the platform knows about the running invocation. */
export interface Invocation {
  invocationId: string;
  functionKey: string;
  moduleKey: string | undefined;
  /** The principal (the user on whose behalf the app runs), if any. */
  accountId: string | undefined;
  record: CallRecord;
}

export interface RuntimeServices {
  kvs: ServiceHandler;
  jira: ServiceHandler;
  confluence: ServiceHandler;
  /** Forge platform endpoints reached through `stargate` (queue pushes). */
  platform: ServiceHandler;
}

interface FetchDescriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

declare global {
  var __forge_runtime__: unknown;
  var __forge_fetch__: unknown;
}

/** The app id of manifest.yml (`ari:cloud:ecosystem::app/<id>`). */
export const APP_ID = '00000000-0000-4000-8000-000000000000';
export const ENVIRONMENT_ID = 'local';

/**
 * Installs the platform seams the official `@forge/*` packages use: `__forge_runtime__` and
 * `__forge_fetch__`. Every call made by `@forge/kvs`, `@forge/api` or `@forge/events` ends up
 * here and is dispatched to a simulated service, counted, and delayed or failed per the knobs.
 */
export class ForgeRuntime {
  private readonly als = new AsyncLocalStorage<Invocation>();
  private readonly random: () => number;

  constructor(
    private readonly services: RuntimeServices,
    readonly stats: Stats,
    private knobs: Knobs,
  ) {
    this.random = createRandom(knobs.seed);
  }

  install(): void {
    globalThis.__forge_runtime__ = this.runtimeObject();
    globalThis.__forge_fetch__ = (descriptor: FetchDescriptor, path: string, init?: RequestInit) =>
      this.fetch(descriptor, path, init);
  }

  /** Changes latency and fault knobs at run time (tests turn faults on after seeding). */
  setKnobs(changes: Partial<Knobs>): void {
    this.knobs = { ...this.knobs, ...changes };
  }

  current(): Invocation | undefined {
    return this.als.getStore();
  }

  /** Runs `fn` as one invocation of `functionKey`, so its calls are attributed and counted. */
  run<T>(
    functionKey: string,
    callKey: string,
    accountId: string | undefined,
    moduleKey: string | undefined,
    fn: () => Promise<T>,
  ): Promise<T> {
    const record = this.stats.startCall(functionKey, callKey, accountId);
    const invocation: Invocation = { invocationId: randomUUID(), functionKey, moduleKey, accountId, record };
    return this.als.run(invocation, fn);
  }

  private runtimeObject(): unknown {
    const als = this.als;
    const noop = { incr: () => undefined, measure: () => ({ stop: () => undefined }) };
    return {
      proxy: { token: 'local', url: 'http://local' },
      metrics: { counter: () => noop, timing: () => noop, gauge: () => noop },
      tracing: { traceId: 'local', spanId: 'local' },
      get appContext() {
        const inv = als.getStore();
        return {
          appId: APP_ID,
          appVersion: '1.0.0',
          environmentId: ENVIRONMENT_ID,
          environmentType: 'DEVELOPMENT',
          invocationId: inv?.invocationId ?? 'outside-invocation',
          installationId: 'local-installation',
          moduleKey: inv?.moduleKey ?? 'local',
          permissions: { scopes: [], external: {} },
        };
      },
      lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
      externalAuth: [],
    };
  }

  private async fetch(descriptor: FetchDescriptor, path: string, init?: RequestInit): Promise<Response> {
    const invocation = this.als.getStore();
    const { handler, actingAccountId, service } = this.route(descriptor, invocation);
    const method = (init?.method ?? 'GET').toUpperCase();
    const req: ServiceRequest = {
      method,
      path,
      headers: normaliseHeaders(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
      actingAccountId,
    };
    if (service === 'kvs') this.stats.countKvs(invocation?.record, path.replace('/api/v1/', ''));
    else if (service === 'platform') this.stats.countQueuePush(invocation?.record);
    else this.stats.countRest(invocation?.record, method, `${service} ${routeOf(path)}`);

    await this.delay(service === 'kvs' ? this.knobs.kvsLatencyMs : this.knobs.restLatencyMs);
    const fault = this.injectFault(service === 'kvs' ? this.knobs.kvsFaultRate : this.knobs.restFaultRate, service);
    const res = fault ?? (await handler(req));
    return toResponse(res);
  }

  private route(descriptor: FetchDescriptor, invocation: Invocation | undefined) {
    if (descriptor.type === 'kvs') return { handler: this.services.kvs, actingAccountId: undefined, service: 'kvs' };
    const asUser = descriptor.provider === 'user';
    const actingAccountId = asUser ? (descriptor.accountId ?? invocation?.accountId) : undefined;
    if (asUser && !actingAccountId) throw new Error('asUser() called outside a user invocation');
    switch (descriptor.remote) {
      case 'jira':
        return { handler: this.services.jira, actingAccountId, service: 'jira' };
      case 'confluence':
        return { handler: this.services.confluence, actingAccountId, service: 'confluence' };
      case 'stargate':
        return { handler: this.services.platform, actingAccountId, service: 'platform' };
      default:
        throw new Error(`The local host does not simulate remote '${String(descriptor.remote)}'`);
    }
  }

  private async delay(ms: number): Promise<void> {
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  private injectFault(rate: number, service: string): ServiceResponse | undefined {
    if (rate <= 0 || this.random() >= rate) return undefined;
    const pick = this.random();
    if (pick < 0.5) {
      return {
        status: 429,
        headers: { 'Retry-After': String(this.knobs.faultRetryAfterSeconds) },
        body: { code: 'RATE_LIMIT_EXCEEDED', message: `Injected rate limit on ${service}` },
      };
    }
    if (pick < 0.8)
      return { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: `Injected outage on ${service}` } };
    return { status: 504, body: { code: 'TIMEOUT', message: `Injected timeout on ${service}` } };
  }
}

function normaliseHeaders(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers ?? {}).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/** `/rest/api/3/issue/CSI-1/properties/x?y=1` -> `/rest/api/3/issue/{id}/properties/x` for counters. */
export function routeOf(path: string): string {
  return (path.split('?')[0] ?? '')
    .replace(/\/issue\/[^/]+/, '/issue/{id}')
    .replace(/\/pages\/[^/]+/, '/pages/{id}')
    .replace(/\/field\/[^/]+/, '/field/{key}');
}

function toResponse(res: ServiceResponse): Response {
  const headers = new Headers(res.headers ?? {});
  if (res.body === undefined || res.status === 204) return new Response(null, { status: res.status, headers });
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  return new Response(text, { status: res.status, headers });
}
