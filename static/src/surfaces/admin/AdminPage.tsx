import Heading from '@atlaskit/heading';
import { adminCalls } from '@contracts/admin.contract';
import { useCall } from '../../api/use-call';
import type { SurfaceProps } from '../../app/surfaces';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { page, stack, subtle } from '../../ui/styles';
import { formatDateTime } from '../../ui/format';
import { AdminForm } from './AdminForm';
import { CsiAdminsSection } from './CsiAdminsSection';

const GET = {};

/** The CSI admin page: the scoring configuration, a preview of its effect, and re-score progress. */
export default function AdminPage(_: SurfaceProps) {
  const admin = useCall(adminCalls.get, GET);
  if (!admin.data) {
    return (
      <div style={page}>
        {admin.error ? (
          <ErrorMessage error={admin.error} onRetry={admin.reload} />
        ) : (
          <Loading label="Loading the scoring configuration" />
        )}
      </div>
    );
  }
  const { config } = admin.data;
  return (
    <main style={{ ...page, ...stack('space.300'), maxWidth: 1100 }}>
      <div style={stack('space.050')}>
        <Heading size="large" as="h1">
          CSI scoring configuration
        </Heading>
        <span style={subtle}>
          {`Version ${config.version}`}
          {config.changedBy ? ` · changed by ${config.changedBy.displayName}` : ''}
          {config.changedAt ? ` on ${formatDateTime(config.changedAt)}` : ''}
        </span>
      </div>
      {/* Keyed by version: a saved configuration starts a fresh draft. */}
      <AdminForm key={config.version} data={admin.data} onSaved={admin.setData} />
      <CsiAdminsSection data={admin.data} onSaved={admin.setData} />
    </main>
  );
}
