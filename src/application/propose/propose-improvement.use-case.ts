import type { ProposalCreated, ProposeData } from '../../contracts/propose.contract';
import { err, ok, type Result } from '../../domain/result';
import type { ProposalRecord, ProposeDeps } from './propose.ports';

export interface ProposeCaller {
  accountId: string;
  source: { key: string };
}

export interface ProposalInput {
  summary: string;
  why: string;
  targetProject: string;
  issueType: string;
  requestId?: string | undefined;
}

/** The dialog's first data: the source (summary prefilled), the projects and types a proposal may use. */
export async function getProposeDialog(deps: ProposeDeps, caller: ProposeCaller): Promise<Result<ProposeData>> {
  const [source, targets, settings] = await Promise.all([
    deps.jira.source(caller.source.key),
    deps.jira.creatableProjects(),
    deps.settings.load(),
  ]);
  return ok({
    source,
    targets: targets.map(({ key, name }) => ({ key, name })),
    issueTypes: [...settings.config.enabledIssueTypes],
  });
}

const invalid = (field: string, message: string) =>
  err({ code: 'INVALID_INPUT', message: 'Some fields are not valid.', fieldErrors: { [field]: [message] } });

/**
 * Creates a proposal in a CSI project, as the caller, linked to the source issue with the source's
 * key as evidence. A retried call with the same request id creates one issue: the request is
 * claimed in storage before the create and records the proposal after it.
 */
export async function proposeImprovement(
  deps: ProposeDeps,
  caller: ProposeCaller,
  input: ProposalInput,
): Promise<Result<ProposalCreated>> {
  const { config } = await deps.settings.load();
  if (config.enabledIssueTypes.length === 0)
    return err({ code: 'PRECONDITION_FAILED', message: 'No issue type takes part in CSI yet: ask a CSI admin.' });
  if (!config.enabledIssueTypes.includes(input.issueType))
    return invalid('issueType', `Choose one of the types that take part: ${config.enabledIssueTypes.join(', ')}`);
  const key = input.requestId ? deps.requests.key(caller.accountId, `propose-${input.requestId}`) : undefined;
  const prior = key ? await deps.requests.get(key) : undefined;
  if (key && prior) return finish(deps, caller, key, prior);
  const project = await deps.jira.project(input.targetProject);
  if (!project) return invalid('targetProject', `There is no project ${input.targetProject}, or you cannot see it`);
  if (!project.canCreate)
    return err({ code: 'FORBIDDEN', message: `You do not have permission to create issues in ${project.name}.` });
  const claim: ProposalRecord = { sourceKey: caller.source.key, at: deps.now() };
  if (key && !(await deps.requests.claim(key, claim))) {
    const winner = await deps.requests.get(key);
    return winner ? finish(deps, caller, key, winner) : finish(deps, caller, key, claim);
  }
  const created = await deps.jira.create({ ...input, projectKey: project.key, sourceKey: caller.source.key });
  if (!created.ok) {
    if (key) await deps.requests.release(key);
    const code = created.status === 403 ? 'FORBIDDEN' : 'INVALID_INPUT';
    return err({ code, message: created.message, fieldErrors: created.fieldErrors });
  }
  const record: ProposalRecord = { ...claim, proposal: { id: created.id, key: created.key }, linked: false };
  if (key) await deps.requests.save(key, record);
  return finish(deps, caller, key, record);
}

/** Links a recorded proposal if it is not linked yet, and answers it. */
async function finish(
  deps: ProposeDeps,
  caller: ProposeCaller,
  key: string | undefined,
  record: ProposalRecord,
): Promise<Result<ProposalCreated>> {
  if (record.sourceKey !== caller.source.key)
    return err({ code: 'CONFLICT', message: 'This request was already used for another issue. Reload and try again.' });
  if (!record.proposal)
    return err({
      code: 'CONFLICT',
      message: 'This proposal is still being created. Wait a moment, then look in the CSI project.',
    });
  let linked = record.linked === true;
  if (!linked) {
    linked = await deps.jira.link(record.sourceKey, record.proposal.key);
    if (linked && key) await deps.requests.save(key, { ...record, linked });
  }
  return ok({ proposal: record.proposal, sourceKey: record.sourceKey, linked });
}
