import api, { route } from '@forge/api';
import * as z from 'zod';
import type { JiraLinkView } from '../../contracts/dependency.contract';
import { requestWithRetry } from './request-with-retry';

/** `LinkedIssue` (jira-platform.json), only what the panel shows. */
const linkedSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({ summary: z.string().optional(), status: z.object({ name: z.string() }).optional() }).optional(),
});

/** `IssueLink` (jira-platform.json): the type's wording and the issue on the other side. */
const linkSchema = z.object({
  id: z.string(),
  type: z.object({ inward: z.string(), outward: z.string() }),
  inwardIssue: linkedSchema.optional(),
  outwardIssue: linkedSchema.optional(),
});
const issueSchema = z.object({ fields: z.object({ issuelinks: z.array(linkSchema).default([]) }) });

/**
 * The issue's Jira links as the calling user sees them: `GET /rest/api/3/issue/{id}?fields=issuelinks`
 * (operationId getIssue, jira-platform.json), asked as the user. The other side of a link is
 * `outwardIssue` when this issue is the link's inward side (the relation reads the type's `inward`,
 * e.g. "is blocked by"), `inwardIssue` otherwise. The caller still drops issues the user may not
 * browse (bulk permission check), so a link never shows more than Jira would.
 */
export async function issueLinksOf(issueId: string): Promise<Array<JiraLinkView & { issueId: string }>> {
  const res = await requestWithRetry(() =>
    api.asUser().requestJira(route`/rest/api/3/issue/${issueId}?fields=issuelinks`, {
      headers: { Accept: 'application/json' },
    }),
  );
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`Reading the issue's links failed with ${res.status}`);
  const links = issueSchema.parse(await res.json()).fields.issuelinks;
  return links.flatMap((link) => {
    const other = link.outwardIssue ?? link.inwardIssue;
    if (!other) return [];
    return [
      {
        id: link.id,
        issueId: other.id,
        relation: link.outwardIssue ? link.type.inward : link.type.outward,
        issueKey: other.key,
        summary: other.fields?.summary ?? '',
        status: other.fields?.status?.name ?? '',
      },
    ];
  });
}
