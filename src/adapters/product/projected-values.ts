import api, { route } from '@forge/api';
import * as z from 'zod';
import { ensureOk, scoreFieldId } from './jira-gateway';
import type { RateLimitSignal } from './rate-limit-headers';
import { requestWithRetry } from './request-with-retry';
import { SCORE_PROPERTY_KEY } from './score-property';

/** What Jira shows of one issue's projection: the field's value and the property (undefined when deleted). */
export interface ShownProjection {
  issueId: string;
  field: unknown;
  property: unknown;
  /** The copied facts' fields as Jira has them now (summary, status, type, project, assignee, updated). */
  facts: Record<string, unknown>;
}

/** The fields the app copies, read with the projection so the reconcile can also catch missed events. */
export const FACT_FIELDS = ['summary', 'status', 'issuetype', 'project', 'assignee', 'updated'] as const;

/** At most this many ids per search, so one page answers them all (the search returns up to 100 with fields). */
export const SEARCH_ISSUES = 100;

const pageSchema = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      fields: z.record(z.string(), z.unknown()).optional(),
      properties: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  nextPageToken: z.string().optional(),
});

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/**
 * Reads the CSI score field and the `csi-score` property of up to `SEARCH_ISSUES` issues in one
 * enhanced search, as the app: `POST /rest/api/3/search/jql` (`searchAndReconsileIssuesUsingJqlPost`,
 * jira-platform.json) with `fields` (the field's id) and `properties` ("A list of up to 5 issue
 * properties to include in the results"), following `nextPageToken` if Jira answers in smaller
 * pages. A read-only POST: idempotent, so it may be retried. An issue the search does not return
 * (deleted, or not visible to the app) is absent from the answer.
 */
export async function readProjected(
  issueIds: readonly string[],
  observe?: (signal: RateLimitSignal) => void,
): Promise<ShownProjection[]> {
  if (issueIds.length === 0) return [];
  if (issueIds.length > SEARCH_ISSUES) throw new Error(`At most ${SEARCH_ISSUES} issues per projection read`);
  if (!issueIds.every((id) => /^\d+$/.test(id))) throw new Error('Issue ids must be numeric');
  const field = await scoreFieldId();
  const jql = `id in (${issueIds.join(',')}) ORDER BY id ASC`;
  const shown: ShownProjection[] = [];
  let nextPageToken: string | undefined;
  do {
    const body = {
      jql,
      fields: [field, ...FACT_FIELDS],
      properties: [SCORE_PROPERTY_KEY],
      maxResults: SEARCH_ISSUES,
      ...(nextPageToken ? { nextPageToken } : {}),
    };
    const res = await requestWithRetry(
      () =>
        api.asApp().requestJira(route`/rest/api/3/search/jql`, {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify(body),
        }),
      { observe },
    );
    const page = pageSchema.parse(
      await (await ensureOk(res, `Reading the CSI score of ${issueIds.length} issues`)).json(),
    );
    for (const issue of page.issues)
      shown.push({
        issueId: issue.id,
        field: issue.fields?.[field],
        property: issue.properties?.[SCORE_PROPERTY_KEY],
        facts: { key: issue.key, ...issue.fields },
      });
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return shown;
}
