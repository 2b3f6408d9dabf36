import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Loading } from '../../../ui/Loading';
import { stack, subtle } from '../../../ui/styles';

// A chunk of its own, loaded when opened: the page's boot JS and first calls stay the scoring configuration's.
const LifecycleSettings = lazy(() => import('./LifecycleSettings').then((m) => ({ default: m.LifecycleSettings })));

/**
 * The programme page's Lifecycle section (issue 10): closed at first, so opening the page costs
 * nothing more; opening it loads the services catalogue and the workflow mapping.
 */
export function LifecycleDisclosure() {
  const [open, setOpen] = useState(false);
  return (
    <section style={stack('space.200')} aria-labelledby="lifecycle-heading">
      <Heading size="large" as="h2" id="lifecycle-heading">
        Lifecycle
      </Heading>
      <p style={{ ...subtle, margin: 0 }}>
        The services initiatives affect (with the owners who confirm commitments), and how the app's stages and the CSI
        gate map onto your Jira workflow.
      </p>
      <div>
        <Button aria-expanded={open} aria-controls="lifecycle-settings" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide the lifecycle settings' : 'Show the lifecycle settings'}
        </Button>
      </div>
      {open && (
        <div id="lifecycle-settings">
          <Suspense fallback={<Loading label="Loading the lifecycle settings" />}>
            <LifecycleSettings />
          </Suspense>
        </div>
      )}
    </section>
  );
}
