import SectionMessage from '@atlaskit/section-message';
import type { SurfaceProps } from './surfaces';

/** Shown when the host opens this build for a module it has no screen for. */
export default function UnknownModule({ context }: SurfaceProps) {
  return (
    <div style={{ padding: 'var(--ds-space-200)' }}>
      <SectionMessage appearance="error" title="This view is not part of the app">
        <p>{`The module "${context.moduleKey}" has no screen in this version of CSI. Update the app or remove this module.`}</p>
      </SectionMessage>
    </div>
  );
}
