/**
 * The words of the post-implementation review (domain.md section 3), declared once: whether an issue
 * needs a PIR, who owns a section, how a section is filled, the states of a PIR and of its actions,
 * and the verdicts of the benefit checks. The contracts, the UI and the demo data import them from here.
 *
 * @example
 * PIR_REQUIREMENTS.includes('skipped'); // true
 */
export const PIR_REQUIREMENTS = ['mandatory', 'optional', 'skipped'] as const;
export type PirRequirement = (typeof PIR_REQUIREMENTS)[number];

/** Who is expected to fill a template section. */
export const SECTION_OWNER_ROLES = ['initiative-owner', 'service-owner', 'csi-admin'] as const;
export type SectionOwnerRole = (typeof SECTION_OWNER_ROLES)[number];

/**
 * How a section is filled: free text, or one of the structured kinds (a list of objectives with their
 * result, the KPI before and after, lessons with tags, actions, residual risks).
 */
export const SECTION_KINDS = ['text', 'objectives', 'kpi', 'lessons', 'actions', 'risks'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Where a follow-up action of a PIR stands. */
export const ACTION_STATUSES = ['open', 'done', 'wont-do'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How soon a follow-up action is due (see `DEFAULT_PIR_TIMINGS`). */
export const ACTION_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** What a benefit check found: the improvement was kept, partly kept or lost. */
export const BENEFIT_VERDICTS = ['kept', 'partly-kept', 'lost'] as const;
export type BenefitVerdict = (typeof BENEFIT_VERDICTS)[number];

/** Calendar days after closure at which a benefit check falls due. */
export const BENEFIT_CHECK_DAYS = [30, 90] as const;
export type BenefitCheckDays = (typeof BENEFIT_CHECK_DAYS)[number];

/** Whether a PIR is still being filled or was completed. */
export const PIR_STATES = ['open', 'completed'] as const;
export type PirState = (typeof PIR_STATES)[number];

/**
 * Most items a structured section holds and the longest texts (UTF-16 code units) of a section's
 * value: a text section, one item (objective, note, lesson, action title, risk), a tag and the tags
 * of a lesson. Declared here so the contracts can share them; `pir-content.ts` re-exports them.
 */
export const PIR_CONTENT_LIMITS = { text: 4000, items: 30, itemText: 1000, tags: 10, tag: 40 } as const;

/** How each requirement is named to people. */
export const PIR_REQUIREMENT_LABELS: Record<PirRequirement, string> = {
  mandatory: 'Mandatory',
  optional: 'Optional',
  skipped: 'Not needed',
};

/** How each section owner is named to people. */
export const SECTION_OWNER_ROLE_LABELS: Record<SectionOwnerRole, string> = {
  'initiative-owner': 'Initiative owner',
  'service-owner': 'Service owner',
  'csi-admin': 'CSI admin',
};

/** How each action status is named to people. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  'wont-do': "Won't do",
};

/** How each action priority is named to people. */
export const ACTION_PRIORITY_LABELS: Record<ActionPriority, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

/** How each benefit verdict is named to people. */
export const BENEFIT_VERDICT_LABELS: Record<BenefitVerdict, string> = {
  kept: 'Kept',
  'partly-kept': 'Partly kept',
  lost: 'Lost',
};
