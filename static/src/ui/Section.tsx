import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';

/** A titled block of a surface. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: token('space.150') }}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: token('space.100'),
          flexWrap: 'wrap',
        }}
      >
        <Heading size="small" as="h3">
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}
