import { lazy } from 'react';
import { Disclosure } from '../../../ui/Disclosure';

// A chunk of its own, loaded when opened: the page's boot JS and first calls stay the scoring configuration's.
const LifecycleSettings = lazy(() => import('./LifecycleSettings').then((m) => ({ default: m.LifecycleSettings })));

/**
 * The programme page's Lifecycle section (issue 10): closed at first, so opening the page costs
 * nothing more; opening it loads the services catalogue and the workflow mapping.
 */
export function LifecycleDisclosure() {
  return (
    <Disclosure
      id="lifecycle-settings"
      what="the lifecycle settings"
      heading={{
        title: 'Lifecycle',
        intro:
          "The services initiatives affect (with the owners who confirm commitments), and how the app's stages and the CSI gate map onto your Jira workflow.",
      }}
    >
      <LifecycleSettings />
    </Disclosure>
  );
}
