import { pirSettingsCalls } from '@contracts/pir-settings.contract';
import { useCall } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { formatDateTime } from '../../ui/format';
import { stack, subtle } from '../../ui/styles';
import { CsiAdminsOnly } from './CsiAdminsOnly';
import { PirSettingsForm } from './PirSettingsForm';

const GET = {};

/**
 * The CSI admins' PIR settings (issue 11 items 1 and 2): which issues reaching done need a review
 * and from which template, the templates, and when reviews and their actions fall due.
 */
export default function PirSettingsSection() {
  const settings = useCall(pirSettingsCalls.get, GET);
  const data = settings.data;
  if (settings.error?.code === 'FORBIDDEN') return <CsiAdminsOnly />;
  if (settings.error) return <ErrorMessage error={settings.error} onRetry={settings.reload} />;
  if (!data) return <Loading label="Loading the PIR settings" />;
  return (
    <div style={stack('space.200')}>
      <span style={subtle}>
        {data.version === 0
          ? 'Not saved yet: every initiative gets the standard PIR.'
          : `Version ${data.version}${data.changedBy ? `, saved by ${data.changedBy.displayName}` : ''}${data.changedAt ? ` on ${formatDateTime(data.changedAt)}` : ''}`}
      </span>
      <PirSettingsForm key={data.version} data={data} onSaved={settings.setData} />
    </div>
  );
}
