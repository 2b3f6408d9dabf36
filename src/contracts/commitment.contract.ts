import * as z from 'zod/mini';
import { COMMITMENT_STATES, type CommitmentState } from '../domain/commitments/commitment-state.vocabulary';
import { defineCall } from './call';
import type { DependenciesView } from './dependency.contract';
import { patternText, requiredText } from './fields';
import type { PilotView } from './pilot-view';
import { requestIdSchema } from './request-id';
import type { UserRef } from './views';

export { COMMITMENT_STATES };
export type { CommitmentState };

/** At most this many commitments per initiative (PILOT_LIMITS.commitments). */
export const MAX_COMMITMENTS = 20;

/** One resource commitment as the Resources tab shows it; `state` is computed for `today`. */
export interface CommitmentView {
  id: string;
  person: UserRef;
  hoursPerWeek: number;
  start: string;
  end: string;
  state: CommitmentState;
  requestedBy: UserRef;
  requestedAt: string;
  confirmedBy: UserRef | null;
  confirmedAt: string | null;
  /** The service whose owner confirmed it (by name). */
  confirmedFor: string | null;
  /** Whether the viewer may confirm it now (owns a named service, did not request it, is not the person). */
  canConfirm: boolean;
}

/** One person's weekly load across the active initiatives, from today on (domain personLoads). */
export interface PersonLoadView {
  person: UserRef;
  peakHours: number;
  confirmedPeakHours: number;
  peakOn: string;
  overCommitted: boolean;
  /** The initiatives the load comes from that the viewer may see, by key. */
  initiatives: string[];
  /** How many more the viewer may not see. */
  hiddenInitiatives: number;
}

/** What the Resources tab shows, loaded when it opens (the panel's own get stays at its cost). */
export interface ResourcesData {
  today: string;
  commitments: CommitmentView[];
  max: number;
  canRequest: boolean;
  /** Hours per week above which a person is over-committed. */
  thresholdHours: number;
  loads: PersonLoadView[];
  dependencies: DependenciesView;
  /** The pilot part of the panel after this call, to merge into what the panel holds. */
  pilot: PilotView;
}

const requestId = requestIdSchema;
const date = patternText(10, /^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31');
const accountId = patternText(128, /^[\w:-]{1,128}$/, 'Choose a person');

/**
 * Item 3 of issue 10, on the issue panel (`issue-panel-fn`): resource commitments. Anyone who can
 * edit the issue (the initiative's owner, or an editor on their behalf) requests; the owner of a
 * service the initiative affects confirms, never their own request nor their own hours.
 */
export const resourcesCalls = {
  get: defineCall<ResourcesData>()('resources.get', z.strictObject({})),
  findPeople: defineCall<UserRef[]>()('commitments.findPeople', z.strictObject({ query: requiredText(100) })),
  request: defineCall<ResourcesData>()(
    'commitments.request',
    z.strictObject({
      personAccountId: accountId,
      // The domain's COMMITMENT_HOURS states the range; zero and negatives get its message too.
      hoursPerWeek: z.number({ error: 'Enter the hours per week as a number' }),
      start: date,
      end: date,
      requestId,
    }),
  ),
  confirm: defineCall<ResourcesData>()(
    'commitments.confirm',
    z.strictObject({ commitmentId: requiredText(64), requestId }),
  ),
};
