import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallOutput } from '@contracts/call';
import type { Envelope, ResolverError } from '@contracts/envelope';
import { invokeCall, type AnyCall } from './invoke-call';

export interface CallState<T> {
  loading: boolean;
  data: T | null;
  error: ResolverError | null;
  /** Runs the call again with the same payload. */
  reload: () => void;
  /** Replaces the data, e.g. with what a mutation answered. */
  setData: (data: T) => void;
}

/**
 * Loads one call and owns its loading / error / data. It runs again when the payload changes
 * (compared by value); an answer that arrives after a newer request started is dropped.
 */
export function useCall<C extends AnyCall>(contract: C, payload: CallInput<C> | null): CallState<CallOutput<C>> {
  const [data, setData] = useState<CallOutput<C> | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [loading, setLoading] = useState(payload !== null);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const key = payload === null ? null : JSON.stringify(payload);

  useEffect(() => {
    if (key === null) return;
    const id = ++latest.current;
    setLoading(true);
    void invokeCall(contract, JSON.parse(key) as CallInput<C>).then((result) => {
      if (id !== latest.current) return;
      setLoading(false);
      if (result.ok) {
        setData(result.data);
        setError(null);
      } else setError(result.error);
    });
  }, [contract, key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { loading, data, error, reload, setData };
}

export interface ActionState<C extends AnyCall> {
  pending: boolean;
  error: ResolverError | null;
  /** Runs the call; resolves with its envelope (already recorded in `error` when it failed). */
  run: (payload: CallInput<C>) => Promise<Envelope<CallOutput<C>>>;
  clearError: () => void;
}

/** A user action (save, rate, reject...) with its pending flag and its last error. */
export function useAction<C extends AnyCall>(contract: C): ActionState<C> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const run = useCallback(
    async (payload: CallInput<C>) => {
      setPending(true);
      const result = await invokeCall(contract, payload);
      setPending(false);
      setError(result.ok ? null : result.error);
      return result;
    },
    [contract],
  );
  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}
