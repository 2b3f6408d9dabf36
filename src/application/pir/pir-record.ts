import * as z from 'zod';
import { PIR_OUTCOMES } from '../../domain/decision-log/decision.vocabulary';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  BENEFIT_VERDICTS,
  PIR_REQUIREMENTS,
  PIR_STATES,
  SECTION_KINDS,
  SECTION_OWNER_ROLES,
} from '../../domain/pir/pir.vocabulary';
import { REMINDER_KINDS } from '../../domain/pir/pir-due-date';

const userRef = z.object({ accountId: z.string(), displayName: z.string() });

export const pirSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(SECTION_KINDS),
  required: z.boolean(),
  guidance: z.string(),
  ownerRole: z.enum(SECTION_OWNER_ROLES),
});

export const pirTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  sections: z.array(pirSectionSchema),
});

const actionSchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerAccountId: z.string(),
  priority: z.enum(ACTION_PRIORITIES),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  wontDoReason: z.string().nullable(),
  issueKey: z.string().nullable(),
});

export const sectionValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('objectives'),
    objectives: z.array(z.object({ objective: z.string(), result: z.enum(PIR_OUTCOMES), note: z.string() })),
  }),
  z.object({
    kind: z.literal('kpi'),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    after: z.number().nullable(),
    note: z.string(),
  }),
  z.object({ kind: z.literal('lessons'), lessons: z.array(z.object({ text: z.string(), tags: z.array(z.string()) })) }),
  z.object({ kind: z.literal('actions'), actions: z.array(actionSchema) }),
  z.object({ kind: z.literal('risks'), risks: z.array(z.string()) }),
]);

/**
 * One benefit check (issue 11 item 6): when it fell due and was made, the KPI value it compared with
 * the baseline and target (null: no reading, nothing to judge), its verdict, and the review issue
 * a lost benefit opened for the owner (claimed before it is created, so it is created once).
 */
export const benefitCheckSchema = z.object({
  days: z.union([z.literal(30), z.literal(90)]),
  dueDate: z.string(),
  checkedAt: z.string(),
  current: z.number().nullable(),
  verdict: z.enum(BENEFIT_VERDICTS).nullable(),
  retainedPct: z.number().nullable(),
  reviewIssueKey: z.string().nullable(),
  reviewClaimedAt: z.string().nullable(),
  reviewError: z.string().nullable(),
});

export type BenefitCheckRecord = z.infer<typeof benefitCheckSchema>;

/**
 * An initiative's post-implementation review (issue 11), entity `pir`, keyed by issue id: attached
 * once when its issue first reached a done status and a major-change rule asked for one, from the
 * template in force then (a copy, so a later template version does not change a review under way).
 * Parsed on every read: stored data is untrusted input.
 */
export const pirRecordSchema = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  projectKey: z.string(),
  /** The rule that asked for it, as it read then ("the first matching rule wins"). */
  rule: z.object({ id: z.string(), name: z.string(), requirement: z.enum(PIR_REQUIREMENTS) }),
  template: pirTemplateSchema,
  /** When Jira's issue reached done (the event's time), and the due date in the site's time zone. */
  doneAt: z.string(),
  dueDate: z.string(),
  timeZone: z.string(),
  state: z.enum(PIR_STATES),
  values: z.record(z.string(), sectionValueSchema),
  /** Who filled each section last, and when. */
  filledBy: z.record(z.string(), z.object({ by: userRef, at: z.string() })),
  completion: z
    .object({
      at: z.string(),
      by: userRef,
      outcome: z.enum(PIR_OUTCOMES),
      residualRisks: z.array(z.string()),
      seq: z.number().int(),
    })
    .nullable(),
  /**
   * When a call claimed the creation of the actions' Jira issues (so two calls at once create each
   * once), and why Jira refused an action's issue the last time, by action id.
   */
  linking: z.string().nullable().default(null),
  linkErrors: z.record(z.string(), z.string()).default({}),
  /** The services the initiative names (its pilot's), as when its lessons were last written: the lessons library's filter. */
  services: z.array(z.string()).default([]),
  /** The benefit checks made after closure (+30 and +90 days), oldest first. */
  benefitChecks: z.array(benefitCheckSchema).default([]),
  /** The reminders sent about each action (before, on and after its due date), by action id. */
  reminders: z.record(z.string(), z.array(z.enum(REMINDER_KINDS))).default({}),
  revision: z.number().int(),
});

export type PirRecord = z.infer<typeof pirRecordSchema>;
