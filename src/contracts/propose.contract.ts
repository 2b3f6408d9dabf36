import * as z from 'zod/mini';
import { defineCall } from './call';
import { patternText, requiredText } from './fields';
import { requestIdSchema } from './request-id';

/** Jira's summary limit: "Summary must be less than 255 characters" (POST /rest/api/3/issue). */
export const PROPOSAL_SUMMARY_MAX = 254;
/** The "why / what to improve" text, kept well inside one ADF description. */
export const PROPOSAL_WHY_MAX = 5000;

/** What the "Propose an improvement" dialog shows first: the source and where a proposal may go. */
export interface ProposeData {
  source: { key: string; summary: string; issueType: string };
  /** Projects the caller may create issues in (Jira's own answer), with the types that take part. */
  targets: Array<{ key: string; name: string }>;
  /** The issue types that take part in CSI (the programme's `enabledIssueTypes`). */
  issueTypes: string[];
}

/** A proposal created (or found again for a retried request) and whether the link to the source exists. */
export interface ProposalCreated {
  proposal: { id: string; key: string };
  sourceKey: string;
  linked: boolean;
}

const propose = defineCall<ProposeData>();
const created = defineCall<ProposalCreated>();

export const proposeCalls = {
  get: propose('propose.get', z.strictObject({})),
  submit: created(
    'propose.submit',
    z.strictObject({
      summary: requiredText(PROPOSAL_SUMMARY_MAX),
      why: requiredText(PROPOSAL_WHY_MAX),
      targetProject: patternText(
        10,
        /^[A-Z][A-Z0-9_]{1,9}$/,
        'Choose a project key: 2 to 10 capital letters, digits or _, starting with a letter',
      ),
      issueType: requiredText(60),
      requestId: requestIdSchema,
    }),
  ),
};
