import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ResolverError } from '@contracts/envelope';
import { isRetryable, messageFor } from '../api/error-messages';

interface Props {
  error: ResolverError;
  onRetry?: () => void;
  /** Field errors that no visible field shows, listed so nothing is silently swallowed. */
  unplaced?: Array<[string, string[]]>;
}

/** An error from a call, as a reader should see it: a title, the message, never internals. */
export function ErrorMessage({ error, onRetry, unplaced = [] }: Props) {
  const { title, body } = messageFor(error);
  return (
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
            <li key={key}>{messages.map((m) => (m === 'Unknown field' ? `${m}: ${key}` : m)).join(' ')}</li>
          ))}
        </ul>
      )}
    </SectionMessage>
  );
}
