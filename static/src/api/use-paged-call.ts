import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallOutput } from '@contracts/call';
import type { ResolverError } from '@contracts/envelope';
import { invokeCall, type AnyCall } from './invoke-call';

export interface PagedState<T> {
  /** Pages in the order they were loaded; empty until the first one arrives. */
  pages: T[];
  loading: boolean;
  loadingMore: boolean;
  error: ResolverError | null;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * Cursor paging over one call ("Load more"). A new query (compared by value) starts again from
 * the first page; answers that belong to an older query are dropped.
 */
export function usePagedCall<C extends AnyCall>(
  contract: C,
  query: Omit<CallInput<C>, 'cursor'>,
  nextCursorOf: (page: CallOutput<C>) => string | null,
): PagedState<CallOutput<C>> {
  const [pages, setPages] = useState<Array<CallOutput<C>>>([]);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  const key = JSON.stringify(query);
  const cursorOf = useRef(nextCursorOf);
  cursorOf.current = nextCursorOf;

  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      invokeCall(contract, { ...(JSON.parse(key) as object), ...(cursor ? { cursor } : {}) } as CallInput<C>),
    [contract, key],
  );

  useEffect(() => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    void fetchPage(undefined).then((result) => {
      if (gen !== generation.current) return;
      setLoading(false);
      if (result.ok) setPages([result.data]);
      else setError(result.error);
    });
  }, [fetchPage, tick]);

  const last = pages[pages.length - 1];
  const nextCursor = last ? cursorOf.current(last) : null;

  const loadMore = useCallback(() => {
    if (!nextCursor) return;
    const gen = generation.current;
    setLoadingMore(true);
    void fetchPage(nextCursor).then((result) => {
      if (gen !== generation.current) return;
      setLoadingMore(false);
      if (result.ok) {
        setPages((p) => [...p, result.data]);
        setError(null);
      } else setError(result.error);
    });
  }, [fetchPage, nextCursor]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { pages, loading, loadingMore, error, hasMore: nextCursor !== null, loadMore, reload };
}
