import { useState } from 'react';
import { lifecycleSettingsCalls, type ServiceView } from '@contracts/lifecycle-settings.contract';
import { useAction, useCall } from '../../../api/use-call';
import { Empty } from '../../../ui/Empty';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PlainTable } from '../../../ui/PlainTable';
import { Section } from '../../../ui/Section';
import { formatDateTime } from '../../../ui/format';
import { stack, subtle } from '../../../ui/styles';
import { ServiceForm } from './ServiceForm';
import { ServiceRowActions } from './ServiceRowActions';

const GET = {};
/** The table's name for screen readers; the section heading above shows it already. */
const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' } as const;

/**
 * The services catalogue: the services initiatives name as affected (dependency analysis) and
 * whose owners confirm resource commitments. Retired services stay, marked, for history.
 */
export function ServicesSection() {
  const services = useCall(lifecycleSettingsCalls.services, GET);
  const retire = useAction(lifecycleSettingsCalls.retireService);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!services.data)
    return services.error ? (
      <ErrorMessage error={services.error} onRetry={services.reload} />
    ) : (
      <Loading label="Loading the services" />
    );
  const data = services.data;
  const doRetire = async (s: ServiceView) => {
    const result = await retire.run({ key: s.key, revision: s.revision });
    if (result.ok) {
      services.setData(result.data);
      setConfirming(null);
    }
  };
  const rows = data.services.map((s) => ({
    key: s.key,
    cells: [
      { key: 'name', content: <span style={s.retired ? subtle : undefined}>{s.name}</span> },
      { key: 'key', content: <code>{s.key}</code> },
      { key: 'owner', content: s.owner.displayName },
      { key: 'changed', content: `${s.changedBy.displayName}, ${formatDateTime(s.changedAt)}` },
      {
        key: 'actions',
        content:
          editing === s.key ? (
            <ServiceForm
              editing={s}
              onSaved={(next) => {
                services.setData(next);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <ServiceRowActions
              service={s}
              confirming={confirming === s.key}
              pending={retire.pending}
              onEdit={() => setEditing(s.key)}
              onAskRetire={() => setConfirming(s.key)}
              onRetire={() => void doRetire(s)}
              onCancel={() => setConfirming(null)}
            />
          ),
      },
    ],
  }));
  return (
    <Section title="Services">
      <div style={stack('space.200')}>
        <p style={{ ...subtle, margin: 0 }}>
          {`Initiatives name the services they affect; each service's owner confirms resource commitments. At most ${data.max} services, retired ones included.`}
        </p>
        <PlainTable
          caption={<span style={HIDDEN}>Services</span>}
          head={{
            cells: [
              { key: 'name', content: 'Name', width: 22 },
              { key: 'key', content: 'Key', width: 14 },
              { key: 'owner', content: 'Owner', width: 18 },
              { key: 'changed', content: 'Last changed', width: 20 },
              { key: 'actions', content: 'Actions' },
            ],
          }}
          rows={rows}
          emptyView={<Empty header="No services yet" description="Add the first service below, with its owner." />}
        />
        {retire.error && <ErrorMessage error={retire.error} />}
        <Section title="Add a service">
          <ServiceForm onSaved={services.setData} />
        </Section>
      </div>
    </Section>
  );
}
