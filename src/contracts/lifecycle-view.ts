import type { LifecycleStage } from '../domain/lifecycle/lifecycle-stage.vocabulary';

/** How a stage's lozenge looks (Atlaskit Lozenge appearances). */
export type StageTone = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/**
 * Where an initiative stands in its lifecycle, as every surface shows it (issue 10 item 1): the
 * stage and its label, since when, what the stage means and what can happen next, and the Jira
 * status the stage is mapped to (null: not shown in Jira, its status stays where it is).
 */
export interface LifecycleView {
  stage: LifecycleStage;
  /** "Under review", "Rolling out"... */
  label: string;
  tone: StageTone;
  since: string | null;
  /** The stage a paused initiative returns to when resumed. */
  pausedFrom: LifecycleStage | null;
  latestVerdict: 'go' | 'no-go' | 'hold' | null;
  jiraStatus: string | null;
  /** One sentence: what this stage means. */
  meaning: string;
  /** What can happen next, and where (the CSI panel or the Jira workflow). */
  next: string;
  /** Whether a CSI admin may reopen it (rejected or terminated). */
  canReopen: boolean;
}
