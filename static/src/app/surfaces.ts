import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { MODULE_KEYS } from '@contracts/modules';
import type { AppContext } from './forge-context';

export interface SurfaceProps {
  context: AppContext;
}

type Loader = () => Promise<{ default: ComponentType<SurfaceProps> }>;

// One chunk per surface: a reader of one module never downloads another module's code.
const LOADERS = {
  issuePanel: () => import('../surfaces/issue-panel/IssuePanel'),
  adminPage: () => import('../surfaces/admin/AdminPage'),
  programmePage: () => import('../surfaces/programme/ProgrammePage'),
  projectPage: () => import('../surfaces/project-page/ProjectPage'),
  decisionLogMacro: () => import('../surfaces/decision-log-macro/DecisionLogMacro'),
  decisionLogConfig: () => import('../surfaces/decision-log-macro/DecisionLogConfig'),
  progressReportMacro: () => import('../surfaces/progress-report/ProgressReportMacro'),
  progressReportConfig: () => import('../surfaces/progress-report/ProgressReportConfig'),
  proposeAction: () => import('../surfaces/propose/ProposeDialog'),
  lessonsMacro: () => import('../surfaces/lessons/LessonsSurface'),
  maturityMacro: () => import('../surfaces/maturity/MaturityMacro'),
  maturityConfig: () => import('../surfaces/maturity/MaturityConfig'),
  unknownModule: () => import('./UnknownModule'),
} satisfies Record<string, Loader>;

export type SurfaceName = keyof typeof LOADERS;

/** Which surface a module (and, for a macro, its editor's configuration view) shows. */
export function nameFor(context: AppContext): SurfaceName {
  // The documented flag for a macro's config resource (manifest reference, macro, "Extension context in the macro editor").
  const isConfig = context.extension.macro?.isConfiguring === true;
  switch (context.moduleKey) {
    case MODULE_KEYS.issuePanel:
      return 'issuePanel';
    case MODULE_KEYS.adminPage:
      return 'adminPage';
    case MODULE_KEYS.programmePage:
      return 'programmePage';
    case MODULE_KEYS.projectPage:
      return 'projectPage';
    case MODULE_KEYS.proposeAction:
      return 'proposeAction';
    case MODULE_KEYS.decisionLogMacro:
      return isConfig ? 'decisionLogConfig' : 'decisionLogMacro';
    case MODULE_KEYS.lessonsMacro:
      return 'lessonsMacro';
    case MODULE_KEYS.maturityMacro:
      return isConfig ? 'maturityConfig' : 'maturityMacro';
    case MODULE_KEYS.progressReportMacro:
      return isConfig ? 'progressReportConfig' : 'progressReportMacro';
    default:
      return 'unknownModule';
  }
}

const lazyCache = new Map<SurfaceName, LazyExoticComponent<ComponentType<SurfaceProps>>>();

/**
 * The surface for a module key (and, for macros, the configuration entry point). Calling it
 * starts the download, so the chunk loads while the theme is being applied.
 */
export function surfaceFor(context: AppContext): LazyExoticComponent<ComponentType<SurfaceProps>> {
  const name = nameFor(context);
  let component = lazyCache.get(name);
  if (!component) {
    const loading = LOADERS[name]();
    component = lazy(() => loading);
    lazyCache.set(name, component);
  }
  return component;
}
