import { adminResolvers } from './admin.resolver';
import type { AnyResolverDefinition } from './define-resolver';
import { issuePanelFunctionResolvers } from './issue-panel.resolver';
import { macroResolvers } from './macro.resolver';
import { programmePageResolvers } from './programme-page.resolver';
import { projectPageResolvers } from './project-page.resolver';
import { proposeResolvers } from './propose.resolver';

/**
 * Every resolver definition by the manifest function that serves it. The generic authorisation and
 * malformed-payload tests iterate this, so a resolver added to a surface is covered the day it lands.
 */
export const RESOLVERS_BY_FUNCTION: Record<string, readonly AnyResolverDefinition[]> = {
  'issue-panel-fn': issuePanelFunctionResolvers,
  'admin-fn': adminResolvers,
  'programme-fn': programmePageResolvers,
  'project-fn': projectPageResolvers,
  'macro-fn': macroResolvers,
  'propose-fn': proposeResolvers,
};
