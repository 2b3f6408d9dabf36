import Lozenge from '@atlaskit/lozenge';
import { BENEFIT_VERDICT_LABELS, type PirView } from '@contracts/pir.contract';
import { IssueLink } from '../../../ui/IssueLink';
import { Section } from '../../../ui/Section';
import { formatDate } from '../../../ui/format';
import { subtle } from '../../../ui/styles';

const APPEARANCE = { kept: 'success', 'partly-kept': 'moved', lost: 'removed' } as const;

/**
 * The benefit checks after closure (issue 11 item 6): at +30 and +90 days the KPI now against its
 * baseline and target, what share of the planned improvement is still there, and the review issue
 * a lost benefit opened for the owner.
 */
export function BenefitChecks({ view }: { view: PirView }) {
  if (view.state !== 'completed') return null;
  const next = view.nextBenefitCheck;
  return (
    <div role="group" aria-label="Benefit checks">
      <Section title="Benefit checks">
        {view.benefitChecks.length === 0 && <p style={subtle}>No benefit check yet.</p>}
        <ul style={{ margin: 0, paddingInlineStart: 'var(--ds-space-250)' }}>
          {view.benefitChecks.map((c) => (
            <li key={c.days}>
              +{c.days} days ({formatDate(c.dueDate)}):{' '}
              {c.verdict ? (
                <Lozenge appearance={APPEARANCE[c.verdict]}>{BENEFIT_VERDICT_LABELS[c.verdict]}</Lozenge>
              ) : (
                <span style={subtle}>no KPI reading to judge</span>
              )}
              {c.current !== null && (
                <span style={subtle}>
                  {' '}
                  · KPI {c.current}
                  {c.retainedPct !== null && `, ${c.retainedPct} % of the planned improvement`}
                </span>
              )}
              {c.reviewIssueKey && (
                <>
                  {' '}
                  · review <IssueLink issueKey={c.reviewIssueKey} />
                </>
              )}
              {c.reviewError && <p style={{ ...subtle, color: 'var(--ds-text-danger)' }}>{c.reviewError}</p>}
            </li>
          ))}
        </ul>
        {next && (
          <p style={subtle}>
            Next: +{next.days} days, due {formatDate(next.dueDate)}.
          </p>
        )}
      </Section>
    </div>
  );
}
