import EmptyState from '@atlaskit/empty-state';
import type { ReactNode } from 'react';

/** The empty state used by every surface. */
export function Empty({
  header,
  description,
  action,
}: {
  header: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <EmptyState header={header} description={description} headingLevel={3} width="narrow" primaryAction={action} />
  );
}
