import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { maturityCalls, type GapIssuesView, type MaturityResultView } from '@contracts/maturity.contract';
import { newRequestId } from '../../api/call-policy';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { IssueLink } from '../../ui/IssueLink';
import { danger, stack, subtle } from '../../ui/styles';
import { DimensionResults } from './DimensionResults';

interface Props {
  period: string;
  result: MaturityResultView;
  /** Whether the reader may turn gaps into Jira issues (an assessor, a submitted period). */
  canCreate: boolean;
  /** The result with the issues Jira made (or refused) written into its gaps. */
  onResult: (result: MaturityResultView) => void;
}

/** The result with each answered gap's issue key and error replaced. */
function withIssues(result: MaturityResultView, answer: GapIssuesView): MaturityResultView {
  const byId = new Map(answer.issues.map((i) => [i.criterionId, i]));
  return {
    ...result,
    dimensions: result.dimensions.map((d) => ({
      ...d,
      gaps: d.gaps.map((g) => {
        const issue = byId.get(g.criterionId);
        return issue ? { ...g, issueKey: issue.issueKey ?? g.issueKey, issueError: issue.error } : g;
      }),
    })),
  };
}

/**
 * The dimensions of a submitted period with their gaps; an assessor ticks gaps and creates a Jira
 * issue for each (`maturity.gapIssues`, one request id per click), and sees the keys Jira gave and
 * why it refused any.
 */
export function GapResults({ period, result, canCreate, onResult }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [answer, setAnswer] = useState<GapIssuesView | null>(null);
  const create = useAction(maturityCalls.gapIssues);
  const open = result.dimensions.some((d) => d.gaps.some((g) => g.issueKey === null));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const run = async () => {
    setAnswer(null);
    const outcome = await create.run({ period, criterionIds: [...selected], requestId: newRequestId() });
    if (!outcome.ok) return;
    setAnswer(outcome.data);
    setSelected(new Set());
    onResult(withIssues(result, outcome.data));
  };
  const made = answer?.issues.filter((i) => i.issueKey !== null) ?? [];
  const refused = answer?.issues.filter((i) => i.error !== null) ?? [];
  const gapText = (id: string) =>
    result.dimensions.flatMap((d) => d.gaps).find((g) => g.criterionId === id)?.text ?? id;
  return (
    <div style={stack('space.200')}>
      <DimensionResults dimensions={result.dimensions} selected={canCreate ? selected : null} onToggle={toggle} />
      {canCreate && open && (
        <div style={stack('space.100')}>
          <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150'), flexWrap: 'wrap' }}>
            <Button
              appearance="primary"
              isDisabled={selected.size === 0}
              isLoading={create.pending}
              onClick={() => void run()}
            >
              Create Jira issues
            </Button>
            <span style={subtle}>
              {selected.size === 0
                ? 'Tick the gaps to work on; each becomes an issue in the CSI project.'
                : `${selected.size} ${selected.size === 1 ? 'gap' : 'gaps'} selected`}
            </span>
          </div>
          {create.error && <ErrorMessage error={create.error} />}
        </div>
      )}
      <div role="status" style={stack('space.050')}>
        {made.length > 0 && (
          <span>
            {'Created '}
            {made.map((i, n) => (
              <span key={i.criterionId}>
                {n > 0 && ', '}
                <IssueLink issueKey={i.issueKey ?? ''} />
              </span>
            ))}
            .
          </span>
        )}
        {refused.map((i) => (
          <span key={i.criterionId} style={danger}>{`${gapText(i.criterionId)}: ${i.error ?? ''}`}</span>
        ))}
      </div>
    </div>
  );
}
