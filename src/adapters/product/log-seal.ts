import api, { route } from '@forge/api';
import * as z from 'zod';
import { parseSealValue, type Seal } from '../../application/seal/seal';
import { ensureOk } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';
import type { SealIssue } from './log-seal-issue';

const PAGE = 100;
const json = { Accept: 'application/json', 'Content-Type': 'application/json' };
const pageSchema = z.object({
  total: z.number().int(),
  values: z.array(
    z.object({
      created: z.string(),
      items: z.array(z.object({ fieldId: z.string().optional(), toString: z.string().nullable().optional() })),
    }),
  ),
});

async function changelogPage(issue: SealIssue, startAt: number) {
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/issue/${issue.id}/changelog?startAt=${startAt}&maxResults=${PAGE}`, {
      headers: json,
    }),
  );
  return pageSchema.parse(await (await ensureOk(res, `Reading the changelog of ${issue.key}`)).json());
}

/**
 * The seals in the seal issue's latest changelog page (`GET /rest/api/3/issue/{id}/changelog`,
 * jira-platform.json `getChangeLogs`: oldest first, so the last page holds the newest 100 seals,
 * about three months of daily seals): the changes of the seal field, newest last. Only the app can
 * write that field (readOnly; `PUT /app/field/{fieldIdOrKey}/value`: "Only the app that owns the
 * custom field ... can update its values"), and the API has no operation deleting changelog entries.
 */
export async function readSeals(issue: SealIssue, fieldId: string): Promise<Seal[]> {
  let page = await changelogPage(issue, 0);
  if (page.total > PAGE) page = await changelogPage(issue, page.total - PAGE);
  return page.values.flatMap((entry) =>
    entry.items
      .filter((item) => item.fieldId === fieldId)
      .flatMap((item) => {
        const seal = parseSealValue(item.toString);
        return seal ? [{ ...seal, sealedAt: entry.created, where: issue.key }] : [];
      }),
  );
}

/**
 * Writes a seal: `PUT /rest/api/3/app/field/{fieldIdOrKey}/value` with `generateChangelog=true`
 * (jira-platform.json: "Whether to generate a changelog for this update", default true), so the
 * value becomes an entry of the issue's history. Idempotent (the same value twice changes nothing).
 */
export async function writeSeal(issue: SealIssue, fieldId: string, value: string): Promise<void> {
  const body = JSON.stringify({ updates: [{ issueIds: [Number(issue.id)], value }] });
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/app/field/${fieldId}/value?generateChangelog=true`, {
      method: 'PUT',
      headers: json,
      body,
    }),
  );
  await ensureOk(res, `Sealing the decision log into ${issue.key}`);
}
