import type { ErrorCode, ResolverError } from '@contracts/envelope';

/** The one map from error code to what a reader is told. */
const TITLES: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Some fields need attention',
  FORBIDDEN: 'You do not have access',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Someone else changed this first',
  PRECONDITION_FAILED: 'This cannot be done yet',
  UNAVAILABLE: 'Temporarily unavailable',
  INTERNAL: 'Something went wrong',
};

const FALLBACKS: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Check the highlighted fields and try again.',
  FORBIDDEN: 'Ask a Jira or CSI administrator for access.',
  NOT_FOUND: 'It may have been deleted or moved.',
  CONFLICT: 'Reload to see the latest version, then try again.',
  PRECONDITION_FAILED: 'Something this action depends on is missing.',
  UNAVAILABLE: 'Wait a moment and try again.',
  INTERNAL: 'Try again; if it keeps happening, tell your administrator.',
};

export interface UserMessage {
  title: string;
  body: string;
}

/**
 * What to show for an error. Resolver messages are written for readers (internals never reach the
 * browser), so they are shown as they are; an `INTERNAL` error always gets the generic text.
 */
export function messageFor(error: ResolverError): UserMessage {
  const code: ErrorCode = error.code in TITLES ? error.code : 'INTERNAL';
  const body = code !== 'INTERNAL' && error.message.trim() !== '' ? error.message : FALLBACKS[code];
  return { title: TITLES[code], body };
}

/** Whether trying the same call again can help (a refusal or a bad input will not change). */
export const isRetryable = (error: ResolverError): boolean =>
  error.code === 'UNAVAILABLE' || error.code === 'INTERNAL' || error.code === 'CONFLICT';
