import type { PirOutcome } from '../decision-log/decision.vocabulary';
import type { ActionPriority, ActionStatus } from './pir.vocabulary';

/*
 * What the sections of a PIR hold, by kind. Declared apart from the rules about them so that the
 * checks (check-section-value.ts) and completion (pir-content.ts, which re-exports these types)
 * share them without importing each other.
 */

/** One objective of the initiative and how far it was met. */
export interface PirObjective {
  objective: string;
  result: PirOutcome;
  note: string;
}

/** A lesson learned, with the tags it is found by. */
export interface PirLesson {
  text: string;
  tags: string[];
}

/** A follow-up action; it becomes a linked Jira issue (`issueKey`) once created. */
export interface PirAction {
  id: string;
  title: string;
  ownerAccountId: string;
  priority: ActionPriority;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  status: ActionStatus;
  /** Why the action will not be done; required when `status` is `wont-do`. */
  wontDoReason: string | null;
  issueKey: string | null;
}

/** The value of one section, of the section's kind. */
export type SectionValue =
  | { kind: 'text'; text: string }
  | { kind: 'objectives'; objectives: PirObjective[] }
  | { kind: 'kpi'; baseline: number | null; target: number | null; after: number | null; note: string }
  | { kind: 'lessons'; lessons: PirLesson[] }
  | { kind: 'actions'; actions: PirAction[] }
  | { kind: 'risks'; risks: string[] };

/** The value of a section of kind `K`. */
export type SectionValueOf<K extends SectionValue['kind']> = Extract<SectionValue, { kind: K }>;
