import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { maturityCalls, type MaturityViewQuery } from '@contracts/maturity.contract';
import { useCall } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { NativeSelect } from '../../ui/NativeSelect';
import { stack, subtle } from '../../ui/styles';
import { periodChoices } from './maturity-format';
import { MaturityReport } from './MaturityReport';

const NEWEST: MaturityViewQuery = {};

// A chunk of its own, loaded when a CSI admin opens it: the section's code stays what every reader needs.
const MaturitySettingsPanel = lazy(() => import('./MaturitySettingsPanel'));

/** The CSI admins' disclosure of the model and assessors, closed at first. */
function MaturitySettingsDisclosure({ onChanged }: { onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div style={stack('space.150')}>
      <div>
        <Button aria-expanded={open} aria-controls="maturity-settings" onClick={() => setOpen((o) => !o)}>
          Maturity model and assessors
        </Button>
      </div>
      {open && (
        <div id="maturity-settings" role="region" aria-label="Maturity model and assessors">
          <Suspense fallback={<Loading label="Loading the maturity settings" />}>
            <MaturitySettingsPanel onChanged={onChanged} />
          </Suspense>
        </div>
      )}
    </div>
  );
}

/**
 * The programme page's maturity assessment: the newest submitted period first, any submitted quarter
 * or today's from a selector. It loads on its own and keeps its state to itself, so the forms beside
 * it on the page are never reset by it.
 */
export function MaturitySection() {
  const [query, setQuery] = useState<MaturityViewQuery>(NEWEST);
  const view = useCall(maturityCalls.view, query);
  const data = view.data;
  const switching = view.loading && data !== null && query.period !== undefined && query.period !== data.period;
  return (
    <section style={stack('space.200')} aria-labelledby="maturity-heading">
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'flex-end',
          justifyContent: 'space-between',
          gap: token('space.200'),
        }}
      >
        <h2 id="maturity-heading" style={{ margin: 0, font: token('font.heading.medium') }}>
          Maturity assessment
        </h2>
        {data && (
          <Field id="maturity-period" label="Quarter">
            {(p) => (
              <NativeSelect
                {...p}
                value={query.period ?? data.period}
                options={periodChoices(data).map((q) => ({
                  value: q,
                  label: q === data.currentQuarter ? `${q} (this quarter)` : q,
                }))}
                onChange={(q) => setQuery(q ? { period: q } : NEWEST)}
              />
            )}
          </Field>
        )}
      </div>
      {data?.you.canAdminister && <MaturitySettingsDisclosure onChanged={view.reload} />}
      <span aria-live="polite" style={subtle}>
        {switching ? `Loading ${query.period ?? ''}…` : ''}
      </span>
      {view.error && (!data || !view.loading) ? <ErrorMessage error={view.error} onRetry={view.reload} /> : null}
      {data ? (
        // A new period is a new report (its form state belongs to that period); a reload of the same one keeps it.
        <MaturityReport key={data.period} view={data} onView={view.setData} onReload={view.reload} />
      ) : (
        !view.error && <Loading label="Loading the maturity assessment" />
      )}
    </section>
  );
}

/** The section as its own chunk, loaded by the programme page below its first view. */
export default MaturitySection;
