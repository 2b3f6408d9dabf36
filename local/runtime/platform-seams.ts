import { AsyncLocalStorage } from 'node:async_hooks';
import type { SiteIdentity } from './site';

/** What `@forge/api` / `@forge/events` hand `__forge_fetch__`. */
export interface FetchDescriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

/** One simulated site's side of the seams (implemented by `ForgeRuntime`). */
export interface SiteRuntime {
  /** The installation (site and app environment) the calls come from. */
  readonly site: SiteIdentity;
  /** The `__forge_runtime__` fields for the running invocation (appContext, lambdaContext, ...). */
  describe(): Record<string, unknown>;
  fetch(descriptor: FetchDescriptor, path: string, init?: RequestInit): Promise<Response>;
}

declare global {
  var __forge_runtime__: unknown;
  var __forge_fetch__: unknown;
}

/**
 * The platform seams are process-global, as on Forge, where one warm instance of the app's
 * modules can serve invocations for several installations. `globalThis.__forge_runtime__` and
 * `__forge_fetch__` are installed once; each call is dispatched to the site whose invocation is
 * running (AsyncLocalStorage), so several `LocalHost`s share one import of src/index.ts.
 * Outside any invocation (tests calling the official clients directly) calls go to the site that
 * was installed last.
 */
class PlatformSeams {
  private readonly scope = new AsyncLocalStorage<SiteRuntime>();
  private fallback: SiteRuntime | undefined;
  private readonly runtimeObject: Record<string, unknown>;
  private readonly fetchFn = (descriptor: FetchDescriptor, path: string, init?: RequestInit) =>
    this.current().fetch(descriptor, path, init);

  constructor() {
    const field = (name: string) => () => this.current().describe()[name];
    this.runtimeObject = Object.defineProperties(
      {},
      Object.fromEntries(
        ['proxy', 'metrics', 'tracing', 'appContext', 'lambdaContext', 'externalAuth'].map((name) => [
          name,
          { get: field(name), enumerable: true },
        ]),
      ),
    );
  }

  /** Makes `site` the target outside invocations, and (re)installs the globals if another copy replaced them. */
  install(site: SiteRuntime): void {
    this.fallback = site;
    globalThis.__forge_runtime__ = this.runtimeObject;
    globalThis.__forge_fetch__ = this.fetchFn;
  }

  /** Forgets `site` as the fallback (its host closed). */
  uninstall(site: SiteRuntime): void {
    if (this.fallback === site) this.fallback = undefined;
  }

  /** Runs `fn` with every platform call dispatched to `site`. */
  within<T>(site: SiteRuntime, fn: () => T): T {
    return this.scope.run(site, fn);
  }

  /**
   * The installation whose call is running: the platform authenticates every product call it
   * proxies, so the product knows which app environment is asking (the app-owned field check).
   */
  callingSite(): SiteIdentity | undefined {
    return (this.scope.getStore() ?? this.fallback)?.site;
  }

  private current(): SiteRuntime {
    const site = this.scope.getStore() ?? this.fallback;
    if (!site) throw new Error('Forge runtime not found: no local site is installed');
    return site;
  }
}

/** The one set of seams of this process. */
export const platformSeams = new PlatformSeams();
