import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ServiceHandler, ServiceRequest } from './service';
import type { CallRecord, Stats } from './stats';
import type { Knobs } from './knobs';
import { createRandom } from './random';
import { platformSeams, type FetchDescriptor, type SiteRuntime } from './platform-seams';
import { LOCAL_SITE, type SiteIdentity } from './site';
import { InvocationTimeoutError, runWithDeadline } from './deadline';
import { injectFault } from './fault-injection';
import { normaliseHeaders, toResponse } from './response';

export { APP_ID, ENVIRONMENT_ID } from './site';

/** What the platform knows about the running invocation. */
export interface Invocation {
  invocationId: string;
  functionKey: string;
  moduleKey: string | undefined;
  /** The principal (the user on whose behalf the app runs), if any. */
  accountId: string | undefined;
  record: CallRecord;
  /** Wall-clock ms when the platform stops the invocation; undefined for unlimited host work. */
  deadline: number | undefined;
  /** Set once the invocation was cut off: the platform has stopped it, so it reaches nothing more. */
  stopped: boolean;
}

/** Limits of one invocation (limits-invocation). */
export interface RunLimits {
  /** The runtime limit in platform seconds; scaled by the `timeScale` knob. */
  timeoutSeconds: number;
}

export interface RuntimeServices {
  kvs: ServiceHandler;
  jira: ServiceHandler;
  confluence: ServiceHandler;
  /** Forge platform endpoints reached through `stargate` (queue pushes). */
  platform: ServiceHandler;
}

/**
 * One site's side of the platform seams the official `@forge/*` packages use
 * (`__forge_runtime__`, `__forge_fetch__`, installed process-wide by `platformSeams`). Every call
 * made by `@forge/kvs`, `@forge/api` or `@forge/events` during this site's invocations ends up
 * here and is dispatched to the site's simulated services, counted, and delayed or failed per
 * the knobs.
 */
export class ForgeRuntime implements SiteRuntime {
  private readonly als = new AsyncLocalStorage<Invocation>();
  private readonly random: () => number;
  readonly site: SiteIdentity;

  constructor(
    private readonly services: RuntimeServices,
    readonly stats: Stats,
    private knobs: Knobs,
    site: Partial<SiteIdentity> = {},
  ) {
    this.random = createRandom(knobs.seed);
    this.site = { ...LOCAL_SITE, ...site };
  }

  /** Makes this site the one that calls outside any invocation reach (tests using the clients directly). */
  install(): void {
    platformSeams.install(this);
  }

  uninstall(): void {
    platformSeams.uninstall(this);
  }

  /** Changes latency and fault knobs at run time (tests turn faults on after seeding). */
  setKnobs(changes: Partial<Knobs>): void {
    this.knobs = { ...this.knobs, ...changes };
  }

  current(): Invocation | undefined {
    return this.als.getStore();
  }

  /**
   * Runs `fn` as one invocation of `functionKey` on this site, so its calls are attributed and
   * counted. With `limits`, the invocation is cut off at its runtime limit: the caller gets an
   * `InvocationTimeoutError` and the stopped invocation can reach no platform service again.
   */
  run<T>(
    functionKey: string,
    callKey: string,
    accountId: string | undefined,
    moduleKey: string | undefined,
    fn: () => Promise<T>,
    limits?: RunLimits,
  ): Promise<T> {
    const record = this.stats.startCall(functionKey, callKey, accountId);
    const budgetMs = limits ? limits.timeoutSeconds * 1000 * this.knobs.timeScale : undefined;
    const invocation: Invocation = {
      invocationId: randomUUID(),
      functionKey,
      moduleKey,
      accountId,
      record,
      deadline: budgetMs === undefined ? undefined : Date.now() + budgetMs,
      stopped: false,
    };
    const work = () => platformSeams.within(this, () => this.als.run(invocation, fn));
    if (budgetMs === undefined || !limits) return work();
    return runWithDeadline(work, budgetMs, () => {
      invocation.stopped = true;
      return new InvocationTimeoutError(functionKey, limits.timeoutSeconds);
    });
  }

  /** Runs host work (not an app invocation) with platform calls dispatched to this site. */
  within<T>(fn: () => T): T {
    return platformSeams.within(this, fn);
  }

  describe(): Record<string, unknown> {
    const inv = this.als.getStore();
    const noop = { incr: () => undefined, measure: () => ({ stop: () => undefined }) };
    const { appId, environmentId, environmentType, installationId } = this.site;
    return {
      proxy: { token: 'local', url: 'http://local' },
      metrics: { counter: () => noop, timing: () => noop, gauge: () => noop },
      tracing: { traceId: 'local', spanId: 'local' },
      appContext: {
        appId,
        appVersion: '1.0.0',
        environmentId,
        environmentType,
        invocationId: inv?.invocationId ?? 'outside-invocation',
        installationId,
        moduleKey: inv?.moduleKey ?? 'local',
        permissions: { scopes: [], external: {} },
      },
      lambdaContext: { getRemainingTimeInMillis: () => this.remainingMillis(inv) },
      externalAuth: [],
    };
  }

  /** Platform ms left before the invocation is stopped (the `timeScale` knob undone). */
  private remainingMillis(inv: Invocation | undefined): number {
    if (!inv?.deadline) return 25_000;
    return Math.max(0, Math.round((inv.deadline - Date.now()) / this.knobs.timeScale));
  }

  async fetch(descriptor: FetchDescriptor, path: string, init?: RequestInit): Promise<Response> {
    const invocation = this.als.getStore();
    if (invocation?.stopped) throw new InvocationTimeoutError(invocation.functionKey, undefined);
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
    if (invocation?.stopped) throw new InvocationTimeoutError(invocation.functionKey, undefined);
    const rate = service === 'kvs' ? this.knobs.kvsFaultRate : this.knobs.restFaultRate;
    const fault = injectFault(this.random, rate, this.knobs.faultRetryAfterSeconds, service);
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
}

/** `/rest/api/3/issue/CSI-1/properties/x?y=1` -> `/rest/api/3/issue/{id}/properties/x` for counters. */
export function routeOf(path: string): string {
  return (path.split('?')[0] ?? '')
    .replace(/\/issue\/[^/]+/, '/issue/{id}')
    .replace(/\/pages\/[^/]+/, '/pages/{id}')
    .replace(/\/field\/[^/]+/, '/field/{key}');
}
