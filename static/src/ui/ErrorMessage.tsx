import { lazy, Suspense } from 'react';
import type { ResolverError } from '@contracts/envelope';
import { isRetryable, messageFor } from '../api/error-messages';
import { fieldLabel, withFieldLabels } from './field-labels';

// Errors are rare: the Atlaskit section message loads when one is first shown (its text shows at once).
const SectionMessage = lazy(() => import('@atlaskit/section-message'));
const SectionMessageAction = lazy(() =>
  import('@atlaskit/section-message').then((m) => ({ default: m.SectionMessageAction })),
);

interface Props {
  error: ResolverError;
  onRetry?: () => void;
  /** Field errors that no visible field shows, listed so nothing is silently swallowed. */
  unplaced?: Array<[string, string[]]>;
}

/** An error from a call, as a reader should see it: a title, the message, never internals. */
export function ErrorMessage({ error, onRetry, unplaced = [] }: Props) {
  const message = messageFor(error);
  const title = message.title;
  const body = withFieldLabels(message.body);
  return (
    <Suspense
      fallback={
        <section>
          <strong>{title}</strong>
          <p>{body}</p>
        </section>
      }
    >
      <SectionMessage
        appearance={error.code === 'INVALID_INPUT' || error.code === 'PRECONDITION_FAILED' ? 'warning' : 'error'}
        title={title}
        actions={
          onRetry && isRetryable(error) ? (
            <SectionMessageAction onClick={onRetry}>Try again</SectionMessageAction>
          ) : undefined
        }
      >
        <p>{body}</p>
        {unplaced.length > 0 && (
          <ul>
            {unplaced.map(([key, messages]) => (
              <li key={key}>{`${fieldLabel(key)}: ${messages.map(withFieldLabels).join(' ')}`}</li>
            ))}
          </ul>
        )}
      </SectionMessage>
    </Suspense>
  );
}
