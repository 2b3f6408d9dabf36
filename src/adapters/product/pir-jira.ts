import api, { route } from '@forge/api';
import * as z from 'zod';
import type { RuleFactsPort } from '../../application/pir/pir.ports';
import { ensureOk } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';

const ruleFactsSchema = z.object({
  fields: z.object({
    priority: z.object({ name: z.string() }).nullable().optional(),
    labels: z.array(z.string()).optional(),
  }),
});

/**
 * The priority and labels a major-change rule looks at (`GET /rest/api/3/issue/{id}` with
 * `fields=priority,labels`, as the app: the event that asks runs as no user). The issue events'
 * `issue.fields` carry neither (events-reference/jira, type reference `Issue`).
 */
export const ruleFactsOf: RuleFactsPort = {
  async read(issueId) {
    const res = await requestWithRetry(() =>
      api.asApp().requestJira(route`/rest/api/3/issue/${issueId}?fields=priority,labels`, {
        headers: { Accept: 'application/json' },
      }),
    );
    const { fields } = ruleFactsSchema.parse(await (await ensureOk(res, `Reading issue ${issueId}`)).json());
    return { priority: fields.priority?.name ?? null, labels: fields.labels ?? [] };
  },
};

const serverInfoSchema = z.object({ serverTimeZone: z.string().min(1).optional() });

/**
 * The site's default time zone: `serverTimeZone` of `GET /rest/api/3/serverInfo` (getServerInfo,
 * "Permissions required: None"), an IANA name; UTC when Jira names none.
 */
export async function siteTimeZone(): Promise<string> {
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/serverInfo`, { headers: { Accept: 'application/json' } }),
  );
  const info = serverInfoSchema.parse(await (await ensureOk(res, 'Reading the site information')).json());
  return info.serverTimeZone ?? 'UTC';
}
