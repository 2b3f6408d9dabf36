import type { IssueEvent } from '../product/product-hooks';
import type { PropertyLookup, RuntimeEntity } from './event-filter/expression-eval';
import {
  compileTriggerFilter,
  TriggerFilterError,
  type FilterVerdict,
  type TriggerFilter,
} from './event-filter/trigger-filter';
import type { LoadedManifest } from './manifest';
import { redeliveries } from './redelivery';

/** One event as the platform handled it, newest last (for tests, benchmarks and people debugging). */
export interface DeliveryRecord {
  event: IssueEvent;
  triggers: Array<{ key: string; verdict: FilterVerdict }>;
  /** How many times the event reached the app (0 when filtered out, 2 when duplicated). */
  deliveries: number;
}

/** The `redeliveryRate` knob and the host's seeded random source. */
export interface RedeliveryOptions {
  rate: number;
  random: () => number;
}

type Fire = (eventType: string, event: Record<string, unknown>) => Promise<void>;

const KEEP = 200;

/**
 * Delivers product events to the app's `trigger` modules as the platform does: each trigger's
 * `filter` (`ignoreSelf`, `expression`, `onError`) decides first (events-reference/product_events,
 * "Filter out Atlassian app events" and "Detect and filter self-generated events"); delivery is at
 * least once and in no guaranteed order, which the `redeliveryRate` knob makes visible
 * (`redelivery.ts`): a share of events is delivered twice, another share late.
 */
export class ProductEventDelivery {
  readonly log: DeliveryRecord[] = [];
  private readonly filters: Array<{ key: string; events: string[]; filter: TriggerFilter }>;
  private stopped = false;

  constructor(
    manifest: LoadedManifest,
    private readonly fire: Fire,
    private readonly lookup: (event: IssueEvent, entity: RuntimeEntity, key: string) => unknown,
    private readonly redelivery: RedeliveryOptions = { rate: 0, random: () => 1 },
  ) {
    const triggers = manifest.modules.filter((m) => m.type === 'trigger');
    this.filters = triggers.map((m) => ({
      key: m.key,
      events: m.events ?? [],
      filter: compileTriggerFilter(m.key, (m as { filter?: unknown }).filter),
    }));
    // AppRunner.fireEvent reaches every trigger of an event type: filters must agree on who gets it.
    for (const t of triggers) {
      const rivals = triggers.filter((o) => o !== t && o.events?.some((e) => t.events?.includes(e)));
      if (rivals.some((o) => JSON.stringify(o.filter) !== JSON.stringify(t.filter))) {
        throw new TriggerFilterError(
          `Triggers ${t.key} and others share an event with different filters; the local host cannot deliver to one of them only`,
        );
      }
    }
  }

  /** The site is gone (its host closed): late deliveries are dropped. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Decides (at once, as the platform filters when the event happens) and delivers one event;
   * resolves when every delivery of it has been handled.
   */
  async deliver(event: IssueEvent): Promise<void> {
    const payload = event as unknown as Record<string, unknown>;
    const lookup: PropertyLookup = (entity, key) => this.lookup(event, entity, key);
    const triggers = this.filters
      .filter((t) => t.events.includes(event.eventType))
      .map((t) => ({ key: t.key, verdict: t.filter(payload, lookup) }));
    for (const { verdict } of triggers) if (verdict.log) console.warn(verdict.log);
    const record: DeliveryRecord = { event, triggers, deliveries: 0 };
    this.log.push(record);
    if (this.log.length > KEEP) this.log.splice(0, this.log.length - KEEP);
    if (!triggers.some((t) => t.verdict.deliver)) return;
    const delays = redeliveries(this.redelivery.rate, this.redelivery.random);
    await Promise.all(
      delays.map(async (ms) => {
        if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
        if (this.stopped) return;
        record.deliveries += 1;
        await this.fire(event.eventType, payload);
      }),
    );
  }
}
