import Heading from '@atlaskit/heading';
import { stack } from '../../../ui/styles';
import { ServicesSection } from './ServicesSection';
import { WorkflowSection } from './WorkflowSection';

/**
 * The programme page's lifecycle settings (issue 10), loaded as their own chunk once the scoring
 * configuration showed the reader is a CSI admin: the services catalogue and the workflow mapping.
 */
export function LifecycleSettings() {
  return (
    <section style={stack('space.300')} aria-labelledby="lifecycle-heading">
      <Heading size="large" as="h2" id="lifecycle-heading">
        Lifecycle
      </Heading>
      <ServicesSection />
      <WorkflowSection />
    </section>
  );
}
