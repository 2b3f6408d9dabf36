import { maturityCalls } from '@contracts/maturity.contract';
import { useCall } from '../../api/use-call';
import type { SurfaceProps } from '../../app/surfaces';
import { Loading } from '../../ui/Loading';
import { page, stack } from '../../ui/styles';
import { MacroError } from '../macro/MacroError';
import { MaturityReport } from './MaturityReport';

// The macro's period and comparison come from its configuration (the resolver reads them); first-calls.ts sends the same.
const GET = {};

/**
 * The "CSI maturity" Confluence macro: the configured period (the latest submitted one unless the
 * macro names a quarter) beside its comparison, the trend and the gaps; an assessor continues an open
 * assessment here too. An unconfigured macro shows the latest period against the one before.
 */
export default function MaturityMacro(_: SurfaceProps) {
  const view = useCall(maturityCalls.macro, GET);
  return (
    <main style={{ ...page, ...stack('space.200') }} aria-labelledby="maturity-macro-heading">
      <h2 id="maturity-macro-heading" style={{ margin: 0 }}>
        CSI maturity
      </h2>
      {view.data ? (
        <MaturityReport view={view.data} onView={view.setData} onReload={view.reload} />
      ) : view.error ? (
        <MacroError error={view.error} onRetry={view.reload} />
      ) : (
        <Loading label="Loading the maturity assessment" />
      )}
    </main>
  );
}
