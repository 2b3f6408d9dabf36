import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Loading } from '../../ui/Loading';
import { stack, subtle } from '../../ui/styles';

// Its own chunk, loaded when opened: the PIR settings cost the page nothing until then.
const PirSettingsSection = lazy(() => import('./PirSettingsSection'));

/** The programme page's "Post-implementation reviews" section: closed at first, like Lifecycle. */
export default function PirSettingsDisclosure() {
  const [open, setOpen] = useState(false);
  return (
    <section style={stack('space.200')} aria-labelledby="pir-settings-heading">
      <Heading size="large" as="h2" id="pir-settings-heading">
        Post-implementation reviews
      </Heading>
      <p style={{ ...subtle, margin: 0 }}>
        Which changes need a review when they reach done, the templates reviews follow, and when reviews and their
        actions fall due.
      </p>
      <div>
        <Button aria-expanded={open} aria-controls="pir-settings" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide the PIR settings' : 'Show the PIR settings'}
        </Button>
      </div>
      {open && (
        <div id="pir-settings">
          <Suspense fallback={<Loading label="Loading the PIR settings" />}>
            <PirSettingsSection />
          </Suspense>
        </div>
      )}
    </section>
  );
}
