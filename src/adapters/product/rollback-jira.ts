import type { RollbackJiraPort } from '../../application/pilot/checkpoint.ports';
import { createIssueAsApp, linkToInitiative } from './create-issue';

/**
 * A no-go's rollback work in Jira, created by the app (asApp): the tracked work follows from a CSI
 * admin's recorded decision, and a CAB member need not hold Create Issues in the CSI project (the
 * demo's CSI admin does not). Only this fixed shape, in the initiative's own project, is created
 * (`createIssueAsApp`), then linked to the initiative.
 */
export const rollbackJira: RollbackJiraPort = {
  create: (draft) => createIssueAsApp(draft, 'Creating the rollback issue'),
  link: (initiativeKey, rollbackKey) => linkToInitiative(initiativeKey, rollbackKey, 'Linking the rollback issue'),
};
