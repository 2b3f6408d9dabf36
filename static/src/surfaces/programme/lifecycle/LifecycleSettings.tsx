import { stack } from '../../../ui/styles';
import { ServicesSection } from './ServicesSection';
import { WorkflowSection } from './WorkflowSection';

/**
 * The programme page's lifecycle settings (issue 10), a chunk of their own loaded when the admin
 * opens the Lifecycle section: the services catalogue and the workflow mapping.
 */
export function LifecycleSettings() {
  return (
    <div style={stack('space.300')}>
      <ServicesSection />
      <WorkflowSection />
    </div>
  );
}
