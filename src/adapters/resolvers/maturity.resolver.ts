import { createGapIssues } from '../../application/maturity/create-gap-issues.use-case';
import { getMaturitySettings } from '../../application/maturity/get-maturity-settings.use-case';
import { getMaturityView, type MaturityViewInput } from '../../application/maturity/get-maturity-view.use-case';
import type { MaturityCaller, MaturityDeps } from '../../application/maturity/maturity.ports';
import { saveMaturityModel, type ModelInput } from '../../application/maturity/save-model.use-case';
import { saveRating } from '../../application/maturity/save-rating.use-case';
import { setMaturityAssessors } from '../../application/maturity/set-assessors.use-case';
import { submitAssessment } from '../../application/maturity/submit-assessment.use-case';
import { maturityCalls, maturityMacroConfigSchema } from '../../contracts/maturity.contract';
import { MODULE_KEYS } from '../../contracts/modules';
import { err, ok, type Result } from '../../domain/result';
import { productionDeps } from '../deps';
import { gapIssuesJira } from '../product/gap-issues';
import { usersByIds } from '../product/users';
import { maturityFacts } from '../reports/maturity-facts';
import { maturityStore } from '../storage/maturity.repository';
import { defineResolver, type CallContext } from './define-resolver';
import { parseMacroConfig } from './macro-config';

/** The real adapters behind the maturity use cases (the demo seed uses them too). */
export function maturityDeps(ctx: Pick<CallContext, 'memo'>): MaturityDeps {
  const { decisions, identity, clock, requests } = productionDeps(ctx.memo);
  return {
    maturity: maturityStore,
    facts: maturityFacts,
    gapIssues: gapIssuesJira,
    decisions,
    identity,
    clock,
    requests,
    users: { byIds: usersByIds },
  };
}

/** Who calls, from the platform context; an assessor is a CSI admin or an account a CSI admin named. */
const callerOf = (ctx: CallContext): MaturityCaller => ({
  accountId: ctx.accountId,
  isCsiAdmin: ctx.grants.csiAdmin === true,
});

/**
 * What assessors do wherever they work (issue 12 items 2, 3, 5): rate, submit, turn gaps into Jira
 * issues. Whether the caller assesses is the use case's first check, before any other read.
 */
const assessorResolvers = [
  defineResolver({
    call: maturityCalls.rate,
    requires: [],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) => saveRating(maturityDeps(ctx), callerOf(ctx), input),
  }),
  defineResolver({
    call: maturityCalls.submit,
    requires: [],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) => submitAssessment(maturityDeps(ctx), callerOf(ctx), input),
  }),
  defineResolver({
    call: maturityCalls.gapIssues,
    requires: [],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) => createGapIssues(maturityDeps(ctx), callerOf(ctx), input),
  }),
];

/** The maturity settings (the model and the named assessors), for CSI admins, checked before any work. */
const settingsResolvers = [
  defineResolver({
    call: maturityCalls.settings,
    requires: ['csiAdmin'],
    handle: (_input, ctx) => getMaturitySettings(maturityDeps(ctx), callerOf(ctx)),
  }),
  defineResolver({
    call: maturityCalls.saveModel,
    requires: ['csiAdmin'],
    // The contract keeps dimensions, levels and checks as plain text and numbers so that the domain's
    // `validateMaturityModel` answers an unknown one with its own message: the narrowing is its.
    handle: (input, ctx) => saveMaturityModel(maturityDeps(ctx), callerOf(ctx), input as ModelInput),
  }),
  defineResolver({
    call: maturityCalls.setAssessors,
    requires: ['csiAdmin'],
    handle: (input, ctx) => setMaturityAssessors(maturityDeps(ctx), callerOf(ctx), input),
  }),
];

/** The programme page's maturity section: any Jira user of the page reads submitted results. */
export const programmeMaturityResolvers = [
  defineResolver({
    call: maturityCalls.view,
    requires: [],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) => getMaturityView(maturityDeps(ctx), callerOf(ctx), input),
  }),
  ...assessorResolvers,
  ...settingsResolvers,
];

/**
 * What a macro's saved configuration asks for (untrusted: parsed on every read); a macro just
 * inserted, with nothing saved, shows the newest period beside the one before.
 */
export function macroQuery(raw: unknown): Result<Pick<MaturityViewInput, 'period' | 'compare'>> {
  const empty = raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);
  if (empty) return ok({});
  const config = parseMacroConfig(raw, maturityMacroConfigSchema, 'CSI maturity macro');
  if (!config.ok) return config;
  const { period, compare } = config.value;
  return ok({ ...(period === 'latest' ? {} : { period }), ...(compare === 'previous' ? {} : { compare }) });
}

/**
 * The Confluence macro "CSI maturity" (issue 12 item 4): the period and comparison come from the
 * macro's saved configuration (untrusted, parsed on every call); a macro just inserted shows the
 * newest period beside the one before. Assessors continue an assessment from the macro too.
 */
export const macroMaturityResolvers = [
  defineResolver({
    call: maturityCalls.macro,
    requires: ['viewPage'],
    alsoAsks: ['csiAdmin'],
    handle: async ({ history }, ctx) => {
      if (ctx.platform.moduleKey !== MODULE_KEYS.maturityMacro)
        return err({ code: 'PRECONDITION_FAILED', message: 'This call belongs to another macro.' });
      const query = macroQuery(ctx.platform.extension.config);
      if (!query.ok) return query;
      return getMaturityView(maturityDeps(ctx), callerOf(ctx), {
        ...query.value,
        ...(history === undefined ? {} : { history }),
      });
    },
  }),
  ...assessorResolvers.map((def) => ({ ...def, requires: ['viewPage'] as const })),
];
