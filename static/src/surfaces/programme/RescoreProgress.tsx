import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { RescoreProgressView } from '@contracts/views';
import { formatDateTime } from '../../ui/format';
import { subtle } from '../../ui/styles';
import { useRescoreProgress } from './use-rescore-progress';

/** Progress of re-scoring every initiative after a configuration change. */
export function RescoreProgress({ initial }: { initial: RescoreProgressView | null }) {
  const progress = useRescoreProgress(initial);
  if (!progress) return null;
  const running = progress.status === 'running';
  const summary = `${progress.done} of ${progress.total} initiatives re-scored, ${progress.changed} changed, ${progress.failed} failed`;
  return (
    <SectionMessage
      appearance={progress.failed > 0 ? 'warning' : running ? 'information' : 'success'}
      title={
        running ? `Re-scoring for version ${progress.configVersion}` : `Re-scored for version ${progress.configVersion}`
      }
    >
      <div style={{ display: 'grid', gap: token('space.100') }}>
        <ProgressBar
          ariaLabel={summary}
          value={progress.total > 0 ? progress.done / progress.total : running ? 0 : 1}
          isIndeterminate={running && progress.total === 0}
        />
        <span role="status">{summary}</span>
        <span style={subtle}>
          {`Started ${formatDateTime(progress.startedAt)}`}
          {progress.finishedAt ? `, finished ${formatDateTime(progress.finishedAt)}` : ''}
        </span>
      </div>
    </SectionMessage>
  );
}
