import { invoke } from '@forge/bridge';

const started = new Map<string, Promise<unknown>>();
const keyOf = (functionKey: string, payload: object) => `${functionKey} ${JSON.stringify(payload)}`;

/**
 * Starts a resolver call before the code that shows its answer has loaded (from the entry, as
 * soon as the context is known), so the data and the surface's chunks download together.
 */
export function prefetch(functionKey: string, payload: Record<string, unknown>): void {
  const call = invoke(functionKey, payload);
  call.catch(() => undefined); // The surface that takes it sees the failure; nobody else must.
  started.set(keyOf(functionKey, payload), call);
}

/**
 * The answer of a call started by `prefetch` with this key and payload (compared by value), once:
 * a reload or a later call goes to the resolver again.
 */
export function takePrefetched(functionKey: string, payload: object): Promise<unknown> | undefined {
  const key = keyOf(functionKey, payload);
  const call = started.get(key);
  started.delete(key);
  return call;
}
