/** Environment knobs for tests and benchmarks (see README, "Local host knobs"). */
export interface Knobs {
  kvsLatencyMs: number;
  restLatencyMs: number;
  /** Probability in [0, 1] that a KVS call fails with 429, 503 or a timeout. */
  kvsFaultRate: number;
  restFaultRate: number;
  /** The `Retry-After` (seconds) an injected 429 carries; tests lower it to keep runs short. */
  faultRetryAfterSeconds: number;
  /**
   * Local ms per platform ms for invocation time limits (1: real time). Tests lower it so a 25 s
   * resolver limit passes in 25 ms; `getRemainingTimeInMillis()` still reports platform ms.
   */
  timeScale: number;
  /**
   * Share in [0, 1] of queue events (and product events, where wired) delivered twice, and another
   * share delivered late so that later events overtake them (`local/app/redelivery.ts`): the
   * platform delivers at least once, in no guaranteed order, so anyone can test idempotency.
   */
  redeliveryRate: number;
  seed: number;
}

export const defaultKnobs: Knobs = {
  kvsLatencyMs: 0,
  restLatencyMs: 0,
  kvsFaultRate: 0,
  restFaultRate: 0,
  faultRetryAfterSeconds: 1,
  timeScale: 1,
  redeliveryRate: 0,
  seed: 42,
};

/** Reads knobs from `LOCAL_KVS_LATENCY_MS`, `LOCAL_REST_LATENCY_MS`, `LOCAL_KVS_FAULT_RATE`, `LOCAL_REST_FAULT_RATE`, `LOCAL_FAULT_RETRY_AFTER`, `LOCAL_TIME_SCALE`, `LOCAL_REDELIVERY_RATE`, `LOCAL_SEED`. */
export function knobsFromEnv(env: NodeJS.ProcessEnv): Knobs {
  return {
    kvsLatencyMs: num(env.LOCAL_KVS_LATENCY_MS, defaultKnobs.kvsLatencyMs, 0, 10_000),
    restLatencyMs: num(env.LOCAL_REST_LATENCY_MS, defaultKnobs.restLatencyMs, 0, 10_000),
    kvsFaultRate: num(env.LOCAL_KVS_FAULT_RATE, 0, 0, 1),
    restFaultRate: num(env.LOCAL_REST_FAULT_RATE, 0, 0, 1),
    faultRetryAfterSeconds: num(env.LOCAL_FAULT_RETRY_AFTER, defaultKnobs.faultRetryAfterSeconds, 0, 60),
    timeScale: num(env.LOCAL_TIME_SCALE, defaultKnobs.timeScale, 0.0001, 1000),
    redeliveryRate: num(env.LOCAL_REDELIVERY_RATE, defaultKnobs.redeliveryRate, 0, 1),
    seed: num(env.LOCAL_SEED, defaultKnobs.seed, 0, 2 ** 31),
  };
}

function num(raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`Knob value ${raw} is not a number between ${min} and ${max}`);
  }
  return value;
}
