import { useEffect, useState } from 'react';
import { programmeCalls } from '@contracts/programme.contract';
import type { RescoreProgressView } from '@contracts/views';
import { invokeCall } from '../../api/invoke-call';

const POLL_MS = 2000;

/** The re-score job's progress, polled every 2 s while it runs (a failed poll is retried). */
export function useRescoreProgress(initial: RescoreProgressView | null): RescoreProgressView | null {
  const [progress, setProgress] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => setProgress(initial), [initial]);
  const running = progress?.status === 'running';

  useEffect(() => {
    if (!running) return undefined;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void invokeCall(programmeCalls.rescoreProgress, {}).then((result) => {
        if (cancelled) return;
        if (result.ok) setProgress(result.data);
        setAttempt((n) => n + 1);
      });
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [running, attempt]);

  return progress;
}
