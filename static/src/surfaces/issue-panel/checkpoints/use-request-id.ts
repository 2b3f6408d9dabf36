import { useCallback, useRef } from 'react';
import { newRequestId } from '../../../api/call-policy';

/**
 * One request id per user action, kept until it succeeds: pressing the button again after a
 * failure (a lost answer, say) sends the same id, so the resolver gives it one effect.
 */
export function useRequestId(): { current: () => string; done: () => void } {
  const id = useRef(newRequestId());
  const current = useCallback(() => id.current, []);
  const done = useCallback(() => {
    id.current = newRequestId();
  }, []);
  return { current, done };
}
