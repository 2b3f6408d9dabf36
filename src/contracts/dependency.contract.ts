import * as z from 'zod/mini';
import { defineCall } from './call';
import { listOf, text } from './fields';
import { serviceKey } from './lifecycle-settings.contract';
import { requestIdSchema } from './request-id';
import type { UserRef } from './views';
import type { ResourcesData } from './commitment.contract';

/** At most this many services per initiative (PILOT_LIMITS.services). */
export const MAX_INITIATIVE_SERVICES = 10;

/** A service of the catalogue as the Resources tab shows it. */
export interface ServiceRef {
  key: string;
  name: string;
  owner: UserRef;
  /** Retired since the initiative named it (kept, shown as retired; it cannot be named anew). */
  retired: boolean;
}

/** Another active initiative affecting some of the same services (domain findOverlaps). */
export interface OverlapView {
  issueId: string;
  issueKey: string;
  /** Names of the services both affect, sorted by key. */
  services: string[];
}

/** One of the issue's Jira links, as Jira lists them to the viewer (only issues they may browse). */
export interface JiraLinkView {
  id: string;
  /** The relation as Jira words it from this issue's side, e.g. "blocks", "is blocked by". */
  relation: string;
  issueKey: string;
  summary: string;
  status: string;
}

/** The dependency review marked done: who, when, over which services. */
export interface DependencyReviewView {
  reviewedBy: UserRef;
  reviewedAt: string;
  services: string[];
  note: string | null;
}

/** Services and dependency review on the Resources tab. */
export interface DependenciesView {
  /** The services the initiative names, in catalogue order. */
  named: ServiceRef[];
  /** The active services of the catalogue, to choose from. */
  catalogue: ServiceRef[];
  max: number;
  canEdit: boolean;
  review: DependencyReviewView | null;
  /** Whether the review covers every service named now (a service added since reopens it). */
  reviewCurrent: boolean;
  overlaps: OverlapView[];
  /** How many overlapping initiatives the viewer may not see (issue-level security). */
  hiddenOverlaps: number;
  links: JiraLinkView[];
}

const requestId = requestIdSchema;

/**
 * Item 5 of issue 10, on the issue panel (`issue-panel-fn`): the services the initiative affects and
 * the dependency review. Both need Edit Issues on the issue; both answer the Resources tab afresh.
 */
export const dependencyCalls = {
  nameServices: defineCall<ResourcesData>()(
    'dependencies.nameServices',
    z.strictObject({ services: listOf(serviceKey, MAX_INITIATIVE_SERVICES), requestId }),
  ),
  markReviewed: defineCall<ResourcesData>()(
    'dependencies.markReviewed',
    z.strictObject({ note: z.optional(text(2000)), requestId }),
  ),
};
