import * as z from 'zod/mini';
import { PIR_OUTCOMES } from '../domain/decision-log/decision.vocabulary';
import { INPUT_RANGES } from '../domain/shared/input-ranges';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  PIR_CONTENT_LIMITS,
  type ActionPriority,
  type ActionStatus,
  type BenefitVerdict,
  type PirRequirement,
  type PirState,
  type SectionKind,
  type SectionOwnerRole,
} from '../domain/pir/pir.vocabulary';
import { defineCall } from './call';
import { listOf, numberInRange, patternText, requiredText, text } from './fields';
import type { PanelData } from './issue-panel.contract';
import { requestIdSchema } from './request-id';
import type { UserRef } from './views';

/** What one PIR section holds (issue 11 item 4), by kind; the domain's `checkSectionValue` checks the rest. */
const kpiNumber = z.nullable(numberInRange(INPUT_RANGES.kpiExpected));
const limits = PIR_CONTENT_LIMITS;
const date = patternText(10, /^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD');

export const sectionValueInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('text'), text: text(limits.text) }),
    z.strictObject({
      kind: z.literal('objectives'),
      objectives: listOf(
        z.strictObject({
          objective: requiredText(limits.itemText),
          result: z.enum(PIR_OUTCOMES),
          note: text(limits.itemText),
        }),
        limits.items,
      ),
    }),
    z.strictObject({
      kind: z.literal('kpi'),
      baseline: kpiNumber,
      target: kpiNumber,
      after: kpiNumber,
      note: text(limits.itemText),
    }),
    z.strictObject({
      kind: z.literal('lessons'),
      lessons: listOf(
        z.strictObject({ text: requiredText(limits.itemText), tags: listOf(requiredText(limits.tag), limits.tags) }),
        limits.items,
      ),
    }),
    z.strictObject({
      kind: z.literal('actions'),
      actions: listOf(
        z.strictObject({
          id: patternText(40, /^[\w-]{1,40}$/, 'Use 1-40 letters, digits, dashes or underscores'),
          title: requiredText(limits.itemText),
          ownerAccountId: text(128),
          priority: z.enum(ACTION_PRIORITIES),
          dueDate: z.union([date, z.literal('')]),
          status: z.enum(ACTION_STATUSES),
          wontDoReason: z.nullable(text(limits.itemText)),
          issueKey: z.nullable(text(40)),
        }),
        limits.items,
      ),
    }),
    z.strictObject({ kind: z.literal('risks'), risks: listOf(requiredText(limits.itemText), limits.items) }),
  ],
  { error: 'Unknown section kind: use text, objectives, kpi, lessons, actions or risks' },
);

export type SectionValueInput = z.infer<typeof sectionValueInputSchema>;

/** One section of the PIR as the panel shows it. */
export interface PirSectionView {
  key: string;
  title: string;
  kind: SectionKind;
  required: boolean;
  guidance: string;
  ownerRole: SectionOwnerRole;
  value: SectionValueInput | null;
  filled: boolean;
  filledBy: { by: UserRef; at: string } | null;
  /** Whether the viewer may fill it: the section's owner by role, or a CSI admin. */
  canFill: boolean;
}

/** A follow-up action of the PIR and its Jira issue, live where the viewer can see it. */
export interface PirActionView {
  id: string;
  title: string;
  priority: ActionPriority;
  dueDate: string;
  ownerAccountId: string;
  /** The issue's assignee as Jira names them (null when the issue was not found or is unassigned). */
  assignee: UserRef | null;
  issueKey: string | null;
  status: ActionStatus;
  /** The issue's status name in Jira, when the search found it. */
  jiraStatus: string | null;
  wontDoReason: string | null;
  overdue: boolean;
  /** Why Jira refused to create its issue the last time (the next save tries again). */
  linkError: string | null;
}

/** A benefit check after closure (+30 or +90 days) and what it found. */
export interface BenefitCheckView {
  days: 30 | 90;
  dueDate: string;
  checkedAt: string;
  /** The KPI value it compared (null: none was recorded, so no verdict). */
  current: number | null;
  verdict: BenefitVerdict | null;
  retainedPct: number | null;
  /** The review issue a lost benefit opened for the owner, or why Jira refused it. */
  reviewIssueKey: string | null;
  reviewError: string | null;
}

/** The initiative's post-implementation review, on the panel's PIR tab. */
export interface PirView {
  rule: { id: string; name: string; requirement: PirRequirement };
  template: { id: string; name: string; version: number };
  state: PirState;
  /** YYYY-MM-DD in `timeZone` (the site's), and whether it has passed while open. */
  dueDate: string;
  timeZone: string;
  overdue: boolean;
  /** The ids of its open actions past their due date. */
  overdueActions: string[];
  actions: PirActionView[];
  /** False when Jira could not say where the actions' issues stand (the recorded status shows). */
  actionsLive: boolean;
  sections: PirSectionView[];
  completion: {
    at: string;
    by: UserRef;
    outcome: (typeof PIR_OUTCOMES)[number];
    residualRisks: string[];
    seq: number;
  } | null;
  /** Whether the viewer may complete it (CSI admins, or the initiative's owner). */
  canComplete: boolean;
  benefitChecks: BenefitCheckView[];
  /** The next benefit check, once the PIR is completed and until both were made. */
  nextBenefitCheck: { days: 30 | 90; dueDate: string } | null;
}

const sectionKey = patternText(40, /^[a-z][a-z0-9-]{0,39}$/, 'Use a section key');

export const pirCalls = {
  saveSection: defineCall<PanelData>()(
    'pir.saveSection',
    z.strictObject({ sectionKey, value: sectionValueInputSchema, requestId: requestIdSchema }),
  ),
  complete: defineCall<PanelData>()('pir.complete', z.strictObject({ requestId: requestIdSchema })),
  /** People to own an action, found by name or email, for whoever may fill the actions section. */
  findActionOwners: defineCall<UserRef[]>()('pir.findActionOwners', z.strictObject({ query: requiredText(100) })),
};

export {
  ACTION_PRIORITIES,
  ACTION_PRIORITY_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  BENEFIT_VERDICT_LABELS,
  PIR_REQUIREMENT_LABELS,
  SECTION_OWNER_ROLE_LABELS,
} from '../domain/pir/pir.vocabulary';
