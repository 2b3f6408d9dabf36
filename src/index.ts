/**
 * The handlers manifest.yml names, and nothing else.
 */
export { issuePanelResolver } from './adapters/resolvers/issue-panel.resolver';
export { adminResolver } from './adapters/resolvers/admin.resolver';
export { programmePageResolver } from './adapters/resolvers/programme-page.resolver';
export { projectPageResolver } from './adapters/resolvers/project-page.resolver';
export { macroResolver } from './adapters/resolvers/macro.resolver';
export { proposeResolver } from './adapters/resolvers/propose.resolver';
export { onIssueEvent } from './adapters/triggers/issue-events.trigger';
export { gateValidator } from './adapters/triggers/gate-validator';
export { verifyLog as verifyDecisionLog } from './adapters/triggers/verify-log.trigger';
export { reconcileJira } from './adapters/triggers/reconcile.trigger';
export { pirDaily } from './adapters/triggers/pir-daily.trigger';
export { rescoreConsumer } from './adapters/triggers/rescore.consumer';
export { projectionConsumer } from './adapters/triggers/projection.consumer';
export {
  decisionLogExport,
  lessonsExport,
  maturityExport,
  progressReportExport,
} from './adapters/triggers/macro-export';
