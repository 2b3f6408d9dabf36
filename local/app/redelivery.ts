/**
 * At-least-once delivery, as the platform documents it for async events ("delivered at least once",
 * runtime-reference/async-events-api, "Delivery guarantees") and for product events and scheduled
 * triggers (delivered at least once, in no guaranteed order, and possibly more than once): a share
 * `rate` of deliveries happens twice, and another share `rate` is held back a little so that later
 * events overtake it. Returns the delays, in ms, of each delivery of one event: `[0]` for most,
 * `[0, d]` for a duplicate, `[d]` for one delivered late (d between 1 and 50 ms).
 *
 * @example
 * for (const ms of redeliveries(knobs.redeliveryRate, random)) setTimeout(() => deliver(event), ms);
 */
export function redeliveries(rate: number, random: () => number): number[] {
  if (!(rate > 0)) return [0];
  const late = () => 1 + Math.floor(random() * 50);
  if (random() < rate) return [0, late()];
  if (random() < rate) return [late()];
  return [0];
}
