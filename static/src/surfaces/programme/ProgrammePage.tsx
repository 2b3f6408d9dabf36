import { lazy, Suspense } from 'react';
import Heading from '@atlaskit/heading';
import { programmeCalls } from '@contracts/programme.contract';
import { useCall } from '../../api/use-call';
import type { SurfaceProps } from '../../app/surfaces';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { formatDateTime } from '../../ui/format';
import { page, stack, subtle } from '../../ui/styles';
import { CsiAdminsOnly } from './CsiAdminsOnly';
import { JqlHelp } from './JqlHelp';
import MaturityDisclosure from './MaturityDisclosure';
import LessonsDisclosure from './LessonsDisclosure';
import { LifecycleDisclosure } from './lifecycle/LifecycleDisclosure';
import { ScoringConfigForm } from './ScoringConfigForm';

// The maturity assessment and the lessons library load their own chunks when opened.
// The PIR settings' disclosure (CSI admins only) loads after the first view; its content only when opened.
const PirSettingsDisclosure = lazy(() => import('./PirSettingsDisclosure'));

const GET = {};

/**
 * The CSI programme page (Jira's Apps menu): what spans projects, starting with the scoring
 * configuration. Anyone with Jira access can open it; its content is for CSI admins, and a refusal
 * says whom to ask instead of showing an error. Jira shows the module's title above the frame.
 */
export default function ProgrammePage(_: SurfaceProps) {
  const scoring = useCall(programmeCalls.scoringConfig, GET);
  return (
    <main style={{ ...page, ...stack('space.300'), maxWidth: 1100 }}>
      {scoring.data ? (
        <section style={stack('space.300')} aria-labelledby="scoring-heading">
          <div style={stack('space.050')}>
            <Heading size="large" as="h1" id="scoring-heading">
              Scoring configuration
            </Heading>
            <span style={subtle}>
              {`Version ${scoring.data.config.version}`}
              {scoring.data.config.changedBy ? ` · changed by ${scoring.data.config.changedBy.displayName}` : ''}
              {scoring.data.config.changedAt ? ` on ${formatDateTime(scoring.data.config.changedAt)}` : ''}
            </span>
          </div>
          {/* The form resets its draft from the save's answer itself, so its feedback survives the save. */}
          <ScoringConfigForm data={scoring.data} onSaved={scoring.setData} />
        </section>
      ) : scoring.error?.code === 'FORBIDDEN' ? (
        <CsiAdminsOnly />
      ) : scoring.error ? (
        <ErrorMessage error={scoring.error} onRetry={scoring.reload} />
      ) : (
        <Loading label="Loading the scoring configuration" />
      )}
      {scoring.data && <LifecycleDisclosure />}
      {scoring.data && (
        <Suspense fallback={null}>
          <PirSettingsDisclosure />
        </Suspense>
      )}
      {/* For everyone who opens the page, opened on demand. */}
      <MaturityDisclosure />
      <LessonsDisclosure />
      {/* For everyone who opens the page: the JQL values behind the labels the app shows. */}
      <JqlHelp />
    </main>
  );
}
