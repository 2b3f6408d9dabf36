import Lozenge from '@atlaskit/lozenge';
import type { LifecycleView } from '@contracts/lifecycle-view';

/** The lifecycle stage as a lozenge, with its word (colour is never the only cue). */
export function StageLozenge({ view }: { view: Pick<LifecycleView, 'label' | 'tone'> }) {
  return (
    <Lozenge appearance={view.tone} isBold={view.tone === 'removed' || view.tone === 'moved'}>
      {view.label}
    </Lozenge>
  );
}
