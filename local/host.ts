import Database from 'better-sqlite3';
import { mkdirSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import * as app from '../src/index';
import { AppRunner } from './app/app-runner';
import { FrameRegistry } from './app/frames';
import { loadManifest, type LoadedManifest } from './app/manifest';
import { manifestAliases, manifestCustomFields } from './app/manifest-product';
import { productDirectory } from './app/product-directory';
import { QueueService } from './app/queue-service';
import { createKvsService } from './kvs/kvs-service';
import type { EntityDefinitions } from './kvs/entity-definitions';
import { conformingConfluence, conformingJira } from './product/conformance/conforming-products';
import { createConfluenceService } from './product/confluence-service';
import { createJiraService } from './product/jira-service';
import { ProductStore } from './product/product-store';
import { ProductEventDelivery } from './app/product-event-delivery';
import type { ProductHooks } from './product/product-hooks';
import { ForgeRuntime } from './runtime/forge-runtime';
import { defaultKnobs, type Knobs } from './runtime/knobs';
import { createLocalPlatform, type LocalPlatform } from './runtime/local-platform';
import { LOCAL_SITE, type SiteIdentity } from './runtime/site';
import { createRandom } from './runtime/random';
import type { ServiceHandler } from './runtime/service';
import { Stats } from './runtime/stats';
import { createHttpServer } from './server/server';
import { themeCss } from './workbench/theme-css';

export const ROOT = resolve(__dirname, '..');

export interface LocalHostOptions {
  /** SQLite file; `:memory:` for tests. Defaults to `.local/local.db`. */
  dbFile?: string;
  /** Drop existing data first (`npm start -- --fresh`). */
  fresh?: boolean;
  /**
   * Start from a copy of a saved database instead of `dbFile`: the bytes `db.serialize()` gave,
   * opened in memory (better-sqlite3's `new Database(buffer)`). Tests seed the demo once this way.
   */
  dbImage?: Buffer;
  knobs?: Partial<Knobs>;
  /** Probability that the queue delivers an event twice (at-least-once), for idempotency tests. */
  queueDuplicateRate?: number;
  /**
   * The site this host simulates (its tenant identity). Defaults to the one local site
   * (`local-cloud`, http://localhost); give each host in one process its own `cloudId`.
   */
  site?: Partial<Pick<SiteIdentity, 'cloudId' | 'siteUrl' | 'installationId'>>;
  /**
   * The deployment and platform-wide state shared by every site installed from it. Hosts given the
   * same object are installations of one app environment, served by one warm instance of src/.
   */
  platform?: LocalPlatform;
}

function siteOf(options: LocalHostOptions, platform: LocalPlatform): SiteIdentity {
  const cloudId = options.site?.cloudId ?? LOCAL_SITE.cloudId;
  const isLocal = cloudId === LOCAL_SITE.cloudId;
  return {
    ...platform.environment,
    cloudId,
    siteUrl: options.site?.siteUrl ?? (isLocal ? LOCAL_SITE.siteUrl : `https://${cloudId}.atlassian.net`),
    installationId: options.site?.installationId ?? (isLocal ? LOCAL_SITE.installationId : `installation-${cloudId}`),
  };
}

/**
 * The local Forge host: the app's unmodified handlers on simulated Forge services (KVS on SQLite,
 * Jira and Confluence REST, queues, triggers), plus the frames the workbench and tests open.
 */
export class LocalHost {
  readonly manifest: LoadedManifest;
  readonly site: SiteIdentity;
  readonly platform: LocalPlatform;
  readonly db: Database.Database;
  readonly store: ProductStore;
  readonly stats = new Stats();
  readonly runtime: ForgeRuntime;
  readonly runner: AppRunner;
  readonly frames: FrameRegistry;
  readonly queue: QueueService;
  /** Product events as the platform delivers them: trigger filters, then at-least-once delivery. */
  readonly events: ProductEventDelivery;
  readonly jira: ServiceHandler;
  readonly confluence: ServiceHandler;
  readonly staticDir = join(ROOT, 'static', 'dist');
  private readonly pending = new Set<Promise<unknown>>();

  constructor(options: LocalHostOptions = {}) {
    const knobs = { ...defaultKnobs, ...options.knobs };
    this.platform = options.platform ?? createLocalPlatform();
    this.site = siteOf(options, this.platform);
    this.manifest = loadManifest(join(ROOT, 'manifest.yml'));
    this.db = options.dbImage
      ? new Database(options.dbImage)
      : openDatabase(options.dbFile ?? join(ROOT, '.local', 'local.db'), options.fresh === true);
    this.store = new ProductStore(this.db);
    this.queue = new QueueService(
      () => this.runner,
      createRandom(knobs.seed + 1),
      options.queueDuplicateRate ?? knobs.redeliveryRate,
    );
    // The app's fields belong to its environment (jira-custom-field, "Field lifecycle").
    for (const field of manifestCustomFields(this.manifest)) {
      this.store.fields.register(field.key, field.name, field.type, this.platform.environment);
    }
    // Every simulated product response is checked against the vendor's OpenAPI description.
    this.jira = conformingJira(
      createJiraService(this.store, this.hooks(), {
        entityPropertyAliases: manifestAliases(this.manifest),
        pool: this.platform.jiraPool,
      }),
    );
    this.confluence = conformingConfluence(createConfluenceService(this.store));
    const kvs = createKvsService(this.db, this.manifest.entities as EntityDefinitions);
    this.runtime = new ForgeRuntime(
      { kvs, jira: this.jira, confluence: this.confluence, platform: this.queue.handle },
      this.stats,
      knobs,
      this.site,
    );
    this.runtime.install();
    this.runner = new AppRunner(this.manifest, app, this.runtime);
    this.events = new ProductEventDelivery(
      this.manifest,
      (eventType, event) => this.runner.fireEvent(eventType, event),
      // `event.runtime.issue.properties[...]` in a filter reads the issue's stored properties.
      (event, entity, key) => (entity === 'issue' ? this.store.properties.get(Number(event.issue.id), key) : undefined),
      { rate: knobs.redeliveryRate, random: createRandom(knobs.seed + 2) },
    );
    this.frames = new FrameRegistry(this.manifest, productDirectory(this.store), this.site);
  }

  /** True when the product simulator holds no users yet (a first start). */
  isEmpty(): boolean {
    return this.store.users.list().length === 0;
  }

  /** Waits until every product event fired so far and every queued event has been handled. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    await this.queue.idle();
    if (this.pending.size > 0) await this.settle();
  }

  /** Runs work that is not an app invocation (the workbench, people using product REST directly). */
  outsideInvocation<T>(fn: () => Promise<T> | T): Promise<T> {
    return Promise.resolve().then(() => this.runtime.within(fn));
  }

  themeCss(): string {
    return themeCss();
  }

  listen(port: number): Promise<Server> {
    const server = createHttpServer(this);
    return new Promise((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(port, () => resolveListen(server));
    });
  }

  /** Ends the site: no queued or late product event is delivered after this, then storage closes. */
  close(): void {
    this.queue.stop();
    this.events.stop();
    this.runtime.uninstall();
    this.db.close();
  }

  private hooks(): ProductHooks {
    return {
      onIssueEvent: (event) => {
        const delivery = this.events.deliver(event);
        this.pending.add(delivery);
        void delivery.finally(() => this.pending.delete(delivery));
      },
      validateTransition: (check) => this.runner.validateTransition(check as unknown as Record<string, unknown>),
    };
  }
}

function openDatabase(file: string, fresh: boolean): Database.Database {
  if (file !== ':memory:') {
    mkdirSync(join(file, '..'), { recursive: true });
    if (fresh && existsSync(file)) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}
