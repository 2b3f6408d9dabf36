import { checkSubmission } from '../../domain/maturity/assessment-ratings';
import { getMaturityView } from './get-maturity-view.use-case';
import { assessablePeriod, isAssessor, notAnAssessor, settingsOf } from './maturity-access';
import { appendMaturityDecision } from './maturity-decision';
import type { Assessment, AssessmentRecord, PeriodSummary } from './maturity-records';
import type { MaturityCaller, MaturityDeps } from './maturity.ports';
import { invalidInput, refuse, type MaturityResult } from './maturity-refusal';
import type { MaturityView } from '../../contracts/maturity.contract';
import { combinedRatings, previousLevels, resultOf, summaryOf } from './period-summary';

/** Which period to submit. */
export interface SubmitInput {
  period: string;
  requestId?: string | undefined;
}

/** What the submission found in the stored assessment: go on, a refusal, or the caller's own unfinished submission. */
type Finding = { go: true } | { go: false; refusal: MaturityResult<never> } | { go: false; resume: true };

function findingOf(current: Assessment, caller: MaturityCaller): Finding {
  if (current.state === 'draft') return { go: true };
  if (current.seq === null && current.submittedBy?.accountId === caller.accountId) return { go: false, resume: true };
  const when = current.submittedAt?.slice(0, 10) ?? 'an earlier day';
  const who = current.submittedBy?.displayName ?? 'someone';
  const message = `The assessment of ${current.period} was submitted on ${when} by ${who}: a period has one submitted assessment.`;
  return { go: false, refusal: refuse('CONFLICT', 'ALREADY_SUBMITTED', message) };
}

/**
 * A CSI admin or an assessor submits a period's assessment (issue 12 item 1). Every criterion of
 * the draft's model needs a rating (`checkSubmission` on the combined ratings, the lower rating
 * standing); then, in one transaction, the assessment is frozen and the period's summary written
 * (levels, organisation level and mean, stagnation judged with the two quarters before, gaps), and
 * a `maturity-assessed` entry is appended to the decision log. Refused, writing nothing: a caller
 * who is not an assessor, a period that is not a started quarter, a period nobody rated, unrated
 * criteria, a period already submitted (`CONFLICT`). The log entry is appended once: a retry (the
 * same request id, or the submitter calling again) whose first call died after the freeze appends
 * it then; the entry keeps the submitter and the time of the freeze.
 */
export async function submitAssessment(
  deps: MaturityDeps,
  caller: MaturityCaller,
  input: SubmitInput,
): Promise<MaturityResult<MaturityView>> {
  const settings = await settingsOf(deps.maturity);
  if (!isAssessor(caller, settings)) return notAnAssessor('submit assessments');
  const period = assessablePeriod(input.period, deps.clock.now());
  if (!period.ok) return period;
  const requestKey = input.requestId ? deps.requests.key(caller.accountId, input.requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey))) return finish(deps, caller, period.value);
  const previous = await previousLevels(deps.maturity, period.value);
  const [by, at] = [await deps.identity.currentUser(), deps.clock.now()];
  const decisionKey = deps.requests.key(caller.accountId, `maturity-assessed:${period.value}`);
  let finding: Finding | undefined;
  const written = await deps.maturity.submit(
    period.value,
    (current) => {
      finding = findingOf(current, caller);
      if (!finding.go) return undefined;
      const checked = checkSubmission(current.model, combinedRatings(current));
      if (!checked.ok) {
        finding = { go: false, refusal: invalidInput(checked.error) };
        return undefined;
      }
      const summary = summaryOf(current, resultOf(current), previous, by, at);
      const { ratings: _ratings, ...header } = current;
      const frozen: AssessmentRecord = {
        ...header,
        state: 'submitted',
        updatedAt: at,
        submittedAt: at,
        submittedBy: by,
        decisionKey,
      };
      return { header: frozen, summary };
    },
    requestKey ? { requestKey } : {},
  );
  if (!written.assessment) {
    const message = `Nobody has rated ${period.value} yet: rate its criteria, then submit.`;
    return refuse('PRECONDITION_FAILED', 'NO_ASSESSMENT', message);
  }
  if (finding && 'refusal' in finding) return finding.refusal;
  if (!written.changed || !written.summary) return finish(deps, caller, period.value);
  await recordDecision(deps, written.assessment, written.summary);
  return getMaturityView(deps, caller, { period: period.value });
}

/** The decision appended once, and its seq kept on the frozen assessment. */
async function recordDecision(deps: MaturityDeps, header: AssessmentRecord, summary: PeriodSummary): Promise<void> {
  const entry = await appendMaturityDecision(deps.decisions, header, summary);
  await deps.maturity.updateAssessment(header.period, (h) => (h.seq === null ? { ...h, seq: entry.seq } : undefined));
}

/** Completes a submission whose decision is still to be appended (a retry), then answers the period's view. */
async function finish(deps: MaturityDeps, caller: MaturityCaller, period: string) {
  const [header, summary] = await Promise.all([deps.maturity.getAssessment(period), deps.maturity.getSummary(period)]);
  if (header?.state === 'submitted' && header.seq === null && summary) await recordDecision(deps, header, summary);
  return getMaturityView(deps, caller, { period });
}
