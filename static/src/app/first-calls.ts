import { prefetch } from '../api/prefetch';
import type { AppContext } from './forge-context';
import type { SurfaceName } from './surfaces';

const configured = (context: AppContext) => {
  const config = context.extension.config;
  return typeof config === 'object' && config !== null && Object.keys(config).length > 0;
};

/**
 * Each surface's first resolver call, with the exact key and payload the surface sends (its
 * contract in src/contracts and its first useCall / usePagedCall). Written out here so the entry
 * does not load the contracts' schemas; a call that no longer matches is simply not reused.
 */
const FIRST_CALLS: Partial<Record<SurfaceName, (context: AppContext) => [string, Record<string, unknown>] | null>> = {
  issuePanel: () => ['issuePanel.get', {}],
  adminPage: () => ['admin.get', {}],
  programmePage: () => ['programme.scoringConfig', {}],
  // Portfolio.tsx: no filters, PAGE_SIZE 25, no cursor.
  projectPage: () => ['projectPage.portfolio', { filters: {}, limit: 25 }],
  proposeAction: () => ['propose.get', {}],
  // DecisionLog.tsx: no types, no search; only a configured macro asks.
  decisionLogMacro: (context) => (configured(context) ? ['macro.decisionLog', {}] : null),
  // LessonsLibrary.tsx: no words, no filters.
  lessonsMacro: () => ['macro.lessons', {}],
  // MaturityMacro.tsx: the period and comparison come from the macro's configuration, so always {}.
  maturityMacro: () => ['macro.maturity', {}],
  progressReportMacro: (context) => (configured(context) ? ['macro.progressReport', {}] : null),
};

/** Starts the surface's first call, if it has one, while its code is still loading. */
export function startFirstCall(name: SurfaceName, context: AppContext): void {
  const call = FIRST_CALLS[name]?.(context);
  if (call) prefetch(...call);
}
