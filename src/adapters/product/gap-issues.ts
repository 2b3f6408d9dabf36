import api, { getAppContext, route } from '@forge/api';
import * as z from 'zod';
import type { GapIssueDraft, GapIssuesPort } from '../../application/maturity/maturity.ports';
import { isQuarter } from '../../domain/maturity/quarter';
import { loadSettings } from '../storage/settings.repository';
import { loadWorkflowMap } from '../storage/workflow-map.repository';
import { createIssueAsApp } from './create-issue';
import { ensureOk, readIssue } from './jira-gateway';
import { syncIssue } from '../../application/lifecycle/sync-issue.use-case';
import { productionDeps } from '../deps';
import { createMemo } from '../resolvers/memo';
import { wasDeleted } from '../storage/initiative.repository';
import { requestWithRetry } from './request-with-retry';

/**
 * The issue property every gap issue is created with (manifest.yml `jira:entityProperty`
 * csi-maturity-gap-property): `period` (search alias `csiMaturityPeriod`) and `criterion`
 * (`csiMaturityCriterion`).
 */
export const GAP_PROPERTY = 'csi-maturity-gap';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** A period has at most one gap per criterion of a dimension's next level, far fewer than one page. */
const PAGE = 100;

const propertySchema = z.object({ period: z.string(), criterion: z.string() });
const issueSchema = z.object({ key: z.string(), properties: z.record(z.string(), z.unknown()).optional() });
const searchSchema = z.object({ issues: z.array(z.unknown()) });
const serverInfoSchema = z.object({ baseUrl: z.string().min(1) });

/** The last day of the quarter after `period`: the gap is due by the next assessment's end. */
export function gapDueDate(period: string): string {
  const year = Number(period.slice(0, 4));
  const n = Number(period.slice(6));
  const [y, q] = n === 4 ? [year + 1, 1] : [year, n + 1];
  // Day 0 of the month after the quarter is the quarter's last day.
  return new Date(Date.UTC(y, 3 * q, 0)).toISOString().slice(0, 10);
}

/**
 * Enhanced search (`POST /rest/api/3/search/jql`, SearchAndReconcileRequestBean) as the app, which
 * sees every issue it made, for the issues whose csi-maturity-gap property names the period, with
 * the property itself (`properties`) to tell which criterion each is for. One request.
 */
async function existing(period: string): Promise<{ criterionId: string; issueKey: string }[]> {
  if (!isQuarter(period)) return [];
  const body = JSON.stringify({
    jql: `csiMaturityPeriod = "${period}"`,
    fields: ['summary'],
    properties: [GAP_PROPERTY],
    maxResults: PAGE,
  });
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: JSON_HEADERS, body }),
  );
  const page = searchSchema.parse(await (await ensureOk(res, 'Finding the gap issues')).json());
  return page.issues.flatMap((raw) => {
    const issue = issueSchema.safeParse(raw);
    const property = issue.success ? propertySchema.safeParse(issue.data.properties?.[GAP_PROPERTY]) : undefined;
    if (!issue.success || !property?.success || property.data.period !== period) return [];
    return [{ criterionId: property.data.criterion, issueKey: issue.data.key }];
  });
}

/**
 * Creates the gap's issue as the app (`createIssueAsApp`, never retried) in the CSI project (the
 * project whose workflow the CSI admins mapped) with the first issue type that takes part in CSI
 * (the scoring configuration's `enabledIssueTypes`), so the app scores it as a proposal; due by the
 * end of the next quarter, unassigned, with the property `existing` finds it by.
 */
async function create(draft: GapIssueDraft): Promise<{ ok: true; issueKey: string } | { ok: false; message: string }> {
  const [{ projectKey }, settings] = await Promise.all([loadWorkflowMap(), loadSettings()]);
  if (projectKey === null) {
    return { ok: false, message: "No CSI project is known yet: a CSI admin maps the CSI project's workflow first." };
  }
  const issueType = settings.config.enabledIssueTypes[0];
  if (issueType === undefined) return { ok: false, message: 'No issue type takes part in CSI.' };
  const created = await createIssueAsApp(
    {
      projectKey,
      issueType,
      summary: draft.summary,
      description: draft.description,
      dueDate: gapDueDate(draft.period),
      assigneeAccountId: null,
      properties: [{ key: GAP_PROPERTY, value: { period: draft.period, criterion: draft.criterionId } }],
    },
    'Creating the gap issue',
  );
  if (!created.ok) return created;
  await registerInitiative(created.key);
  return { ok: true, issueKey: created.key };
}

/**
 * An issue the app creates raises no issue event for it (the trigger's `ignoreSelf`), so the gap
 * issue becomes an initiative, scored as a proposal, here: its facts read once, then stored as an
 * issue event would store them. A failure is logged, not returned: the issue exists and is found
 * again by its property, and the next edit of it by a person brings it in.
 */
async function registerInitiative(issueKey: string): Promise<void> {
  try {
    const deps = productionDeps(createMemo());
    const config = async () => (await deps.settings.load()).config;
    const facts = await readIssue(issueKey);
    await syncIssue({ ...deps, config, wasDeleted }, facts, { updated: Date.now(), changelog: 0 });
  } catch (cause) {
    console.warn(`The gap issue ${issueKey} was created but not yet stored as an initiative`, cause);
  }
}

/**
 * The maturity page: the app's `jira:globalPage` at `/jira/apps/{appId}/{envId}` on the site's
 * `baseUrl` (getServerInfo, "Permissions required: None"; manifest-reference jira-global-page).
 */
async function maturityPageUrl(): Promise<string> {
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/serverInfo`, { headers: { Accept: 'application/json' } }),
  );
  const { baseUrl } = serverInfoSchema.parse(await (await ensureOk(res, 'Reading the site information')).json());
  const { appAri, environmentAri } = getAppContext();
  return `${baseUrl.replace(/\/$/, '')}/jira/apps/${appAri.appId}/${environmentAri.environmentId}`;
}

/**
 * A web link from the issue to the maturity page: `POST /rest/api/3/issue/{issueIdOrKey}/remotelink`
 * (createOrUpdateRemoteIssueLink, RemoteIssueLinkRequest): "If a globalId is provided and a remote
 * issue link with that global ID is found it is updated", so the same call twice leaves one link
 * and may be retried. False when Jira refused it (400, 403, 404).
 */
async function link(issueKey: string, period: string): Promise<boolean> {
  const body = JSON.stringify({
    globalId: `csi-maturity-assessment:${period}`,
    application: { name: 'CSI' },
    relationship: 'maturity gap of',
    object: { url: await maturityPageUrl(), title: `CSI maturity assessment ${period}` },
  });
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/issue/${issueKey}/remotelink`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body,
    }),
  );
  if (res.status === 200 || res.status === 201) return true;
  if ([400, 403, 404].includes(res.status)) return false;
  await ensureOk(res, 'Linking the gap issue');
  return false;
}

/** The Jira side of maturity gaps (issue 12 item 3), all as the app. */
export const gapIssuesJira: GapIssuesPort = { existing, create, link };
