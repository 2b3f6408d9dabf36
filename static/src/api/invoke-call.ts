import { invoke } from '@forge/bridge';
import * as z from 'zod/mini';
import type { CallContract, CallInput, CallOutput } from '@contracts/call';
import { isEnvelope, type Envelope } from '@contracts/envelope';
import { newRequestId, retriesTransient, takesRequestId, withRetries } from './call-policy';
import { takePrefetched } from './prefetch';

// Forge's CSP forbids eval; without this zod probes `new Function` and the browser reports a violation.
z.config({ jitless: true });

/**
 * Reader-friendly wording for zod's generic messages. Messages written in the contract's schemas
 * take precedence; only zod's defaults (e.g. "Invalid option: expected one of ...") are replaced.
 */
export const friendlyMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_value':
      return 'Choose one of the options';
    case 'invalid_type':
      if (issue.expected === 'number') return 'Enter a number';
      return issue.input === undefined || issue.input === null ? 'Required' : undefined;
    case 'too_small':
      if (issue.origin === 'number')
        return `Must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
      return issue.origin === 'array' ? `Give at least ${String(issue.minimum)}` : undefined;
    case 'too_big':
      if (issue.origin === 'number')
        return `Must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
      return issue.origin === 'array' ? `Give at most ${String(issue.maximum)}` : undefined;
    default:
      return undefined;
  }
};

/** Any call from `src/contracts`. */
export type AnyCall = CallContract<z.ZodMiniType, unknown>;

/**
 * Turns zod issues into `{ "criteria.2.weight": ["..."] }`, the same keys the resolver uses, so a
 * client-side refusal and a server-side one are shown in the same place.
 */
export function fieldErrorsFrom(error: z.core.$ZodError): Record<string, string[]> {
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) {
      const key = path.length > 0 ? path.map(String).join('.') : '(payload)';
      out.set(key, [...(out.get(key) ?? []), issue.message]);
    }
  }
  return Object.fromEntries(out);
}

/**
 * Calls one resolver through `@forge/bridge` and always answers with an envelope: the payload is
 * checked with the contract's schema first (refusals look exactly like the resolver's
 * `INVALID_INPUT`), and a bridge failure or a malformed answer becomes an error value, never a throw.
 * A write that takes a request id gets one per call (one user action) unless the payload names one;
 * reads and such writes are retried on UNAVAILABLE with the same payload (`withRetries`).
 *
 * @example const result = await invokeCall(issuePanelCalls.get, {}); if (result.ok) show(result.data);
 */
export async function invokeCall<C extends AnyCall>(
  contract: C,
  payload: CallInput<C>,
): Promise<Envelope<CallOutput<C>>> {
  const withId =
    takesRequestId(contract.key) && (payload as { requestId?: unknown }).requestId === undefined
      ? ({ ...(payload as object), requestId: newRequestId() } as CallInput<C>)
      : payload;
  const parsed = contract.input.safeParse(withId, { error: friendlyMessages });
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Some fields are not valid.',
        fieldErrors: fieldErrorsFrom(parsed.error),
      },
    };
  }
  const once = (n: number) => invokeOnce<CallOutput<C>>(contract.key, payload as object, parsed.data, n === 0);
  return retriesTransient(contract.key) ? withRetries(once) : once(0);
}

async function invokeOnce<T>(key: string, payload: object, parsed: unknown, first: boolean): Promise<Envelope<T>> {
  let answer: unknown;
  try {
    // A call the entry started for this surface's first view is answered by that request.
    answer = await ((first ? takePrefetched(key, payload) : undefined) ??
      invoke(key, parsed as Record<string, unknown>));
  } catch {
    // The bridge's own error text (rate limits, lost connection) is not meant for readers.
    return { ok: false, error: { code: 'UNAVAILABLE', message: 'The app could not be reached. Try again.' } };
  }
  if (!isEnvelope(answer)) {
    return { ok: false, error: { code: 'INTERNAL', message: 'The app sent an answer this page does not understand.' } };
  }
  return answer as Envelope<T>;
}
