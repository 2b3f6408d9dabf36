import { adminCalls } from '@contracts/admin.contract';
import { useCall } from '../../api/use-call';
import type { SurfaceProps } from '../../app/surfaces';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { page, stack } from '../../ui/styles';
import { CsiAdminsSection } from './CsiAdminsSection';
import { ProgrammePointer } from './ProgrammePointer';

const GET = {};

/**
 * The app's page in Jira settings, for Jira administrators: who holds the CSI-admin role. The
 * scoring configuration lives on the CSI programme page, which every CSI admin can open. Jira
 * shows the module's title above the frame.
 */
export default function AdminPage(_: SurfaceProps) {
  const admin = useCall(adminCalls.get, GET);
  return (
    <main style={{ ...page, ...stack('space.300'), maxWidth: 1100 }}>
      <ProgrammePointer />
      {admin.data ? (
        <CsiAdminsSection data={admin.data} onSaved={admin.setData} />
      ) : admin.error ? (
        <ErrorMessage error={admin.error} onRetry={admin.reload} />
      ) : (
        <Loading label="Loading the CSI admins" />
      )}
    </main>
  );
}
