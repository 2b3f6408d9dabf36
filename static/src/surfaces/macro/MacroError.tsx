import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '@contracts/envelope';
import { ErrorMessage } from '../../ui/ErrorMessage';

/**
 * A macro's error. An `INVALID_INPUT` from a macro call means the saved configuration is broken
 * (the reader's own input was already checked before the call), so say that and how to fix it.
 */
export function MacroError({ error, onRetry }: { error: ResolverError; onRetry: () => void }) {
  if (error.code !== 'INVALID_INPUT') return <ErrorMessage error={error} onRetry={onRetry} />;
  const details = Object.entries(error.fieldErrors ?? {});
  return (
    <SectionMessage appearance="warning" title="This macro's configuration is not valid">
      {details.length === 0 ? (
        <p>{`This macro's configuration is not valid: ${error.message}`}</p>
      ) : (
        <>
          <p>{"This macro's configuration is not valid:"}</p>
          <ul>
            {details.map(([field, messages]) => (
              <li key={field}>{`${field}: ${messages.join(' ')}`}</li>
            ))}
          </ul>
        </>
      )}
      <p>Edit the macro (select it and choose the pencil icon) to fix its configuration.</p>
    </SectionMessage>
  );
}

/** Shown when a macro was inserted but never configured. */
export function NotConfigured({ what }: { what: string }) {
  return (
    <SectionMessage appearance="information" title="This macro is not configured yet">
      <p>{`Edit the macro to choose ${what}.`}</p>
    </SectionMessage>
  );
}

/** The saved configuration as a loose record (the resolver and the forms parse it properly). */
export function configRecord(config: unknown): Record<string, unknown> | null {
  return typeof config === 'object' && config !== null && Object.keys(config).length > 0
    ? (config as Record<string, unknown>)
    : null;
}
