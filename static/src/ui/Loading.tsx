import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';

/** A centred spinner with a label for screen readers. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', justifyContent: 'center', padding: token('space.400') }}
    >
      <Spinner size="large" label={label} />
    </div>
  );
}
