import { lazy } from 'react';
import { Disclosure } from '../../ui/Disclosure';

// Its own chunk, loaded when opened: it costs the page nothing until then.
const MaturitySection = lazy(() => import('../maturity/MaturitySection'));

/** The programme page's maturity assessment (issue 12 item 5): closed at first, like Lifecycle (its section has its own heading). */
export default function MaturityDisclosure() {
  return (
    <Disclosure id="maturity-assessment" what="the maturity assessment">
      <MaturitySection />
    </Disclosure>
  );
}
