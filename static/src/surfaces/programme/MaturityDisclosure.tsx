import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Loading } from '../../ui/Loading';
import { stack } from '../../ui/styles';

// Its own chunk, loaded when opened: it costs the page nothing until then.
const MaturitySection = lazy(() => import('../maturity/MaturitySection'));

/** The programme page's maturity assessment (issue 12 item 5): closed at first, like Lifecycle. */
export default function MaturityDisclosure() {
  const [open, setOpen] = useState(false);
  return (
    <div style={stack('space.200')}>
      <div>
        <Button aria-expanded={open} aria-controls="maturity-assessment" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide the maturity assessment' : 'Show the maturity assessment'}
        </Button>
      </div>
      {open && (
        <div id="maturity-assessment">
          <Suspense fallback={<Loading label="Loading the maturity assessment" />}>
            <MaturitySection />
          </Suspense>
        </div>
      )}
    </div>
  );
}
