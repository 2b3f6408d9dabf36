import { Component, Suspense, type ReactNode } from 'react';
import Spinner from '@atlaskit/spinner';
import type { AppContext } from './forge-context';
import { PlainMessage } from './PlainMessage';
import { surfaceFor } from './surfaces';

/** Renders the surface for this module; a spinner while its chunk loads. */
export function App({ context }: { context: AppContext }) {
  const Surface = surfaceFor(context);
  return (
    <CrashBoundary>
      <Suspense
        fallback={
          <div className="csi-boot-spinner" role="status">
            <Spinner size="large" label="Loading" />
          </div>
        }
      >
        <Surface context={context} />
      </Suspense>
    </CrashBoundary>
  );
}

/** Catches a render failure (or a chunk that failed to load) and says so, without internals. */
class CrashBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <PlainMessage title="Something went wrong showing this view">
        Reload the page to try again. If it keeps happening, tell your administrator.
      </PlainMessage>
    );
  }
}
