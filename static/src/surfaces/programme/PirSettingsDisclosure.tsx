import { lazy } from 'react';
import { Disclosure } from '../../ui/Disclosure';

// Its own chunk, loaded when opened: the PIR settings cost the page nothing until then.
const PirSettingsSection = lazy(() => import('./PirSettingsSection'));

/** The programme page's "Post-implementation reviews" section: closed at first, like Lifecycle. */
export default function PirSettingsDisclosure() {
  return (
    <Disclosure
      id="pir-settings"
      what="the PIR settings"
      heading={{
        title: 'Post-implementation reviews',
        intro:
          'Which changes need a review when they reach done, the templates reviews follow, and when reviews and their actions fall due.',
      }}
    >
      <PirSettingsSection />
    </Disclosure>
  );
}
