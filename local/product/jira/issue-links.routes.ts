import type { ServiceResponse } from '../../runtime/service';
import type { ProductStore } from '../product-store';
import type { ProductIssue } from '../product-types';
import { LINK_TYPES, linksOf, type LinkType } from '../store/link-store';
import { canBrowse, hasProjectPermission, type Subject } from './access';
import type { JiraContext } from './jira-context';
import { isRecord, JIRA_BASE_URL, jiraError, scalarText } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { renderIssueType, renderPriority, renderStatus } from './render';

/** `IssueLinkType` (jira-platform.json) with its `self`. */
export const renderLinkType = (t: LinkType) => ({ ...t, self: `${JIRA_BASE_URL}/rest/api/3/issueLinkType/${t.id}` });

/** `LinkedIssue` (jira-platform.json): id, key, self and the few fields Jira puts in a link. */
function renderLinked(issue: ProductIssue) {
  return {
    id: String(issue.id),
    key: issue.key,
    self: `${JIRA_BASE_URL}/rest/api/3/issue/${issue.id}`,
    fields: {
      summary: issue.summary,
      status: renderStatus(issue.status.name),
      priority: renderPriority(issue.priority),
      issuetype: renderIssueType(issue.issueType),
    },
  };
}

/**
 * The `issuelinks` field of an issue (`IssueLink[]`, jira-platform.json): each link names the
 * other issue as `outwardIssue` (this issue is the inward side) or `inwardIssue`. Only links the
 * subject may see: reading a link needs Browse projects for the projects of both issues and, with
 * issue-level security, permission to view both (operationId getIssueLink, jira-platform.json).
 */
export function issueLinksOf(store: ProductStore, issue: ProductIssue, subject: Subject) {
  return linksOf(store.db)
    .of(issue.id)
    .flatMap((link) => {
      const type = LINK_TYPES.find((t) => t.id === link.typeId);
      const isOutward = link.outwardIssueId === issue.id;
      const other = store.issues.get(isOutward ? link.inwardIssueId : link.outwardIssueId);
      if (!type || !other || !canBrowse(store, subject, other)) return [];
      const side = isOutward ? { inwardIssue: renderLinked(other) } : { outwardIssue: renderLinked(other) };
      return [
        {
          id: String(link.id),
          self: `${JIRA_BASE_URL}/rest/api/3/issueLink/${link.id}`,
          type: renderLinkType(type),
          ...side,
        },
      ];
    });
}

function linkType(ref: unknown): LinkType | undefined {
  if (!isRecord(ref)) return undefined;
  const id = scalarText(ref.id);
  const name = scalarText(ref.name);
  return LINK_TYPES.find((t) => (id ? t.id === id : name !== '' && t.name.toLowerCase() === name.toLowerCase()));
}

function linkedIssue(ctx: JiraContext, ref: unknown): ProductIssue | undefined {
  const idOrKey = isRecord(ref) ? scalarText(ref.id) || scalarText(ref.key) : '';
  const issue = idOrKey ? ctx.store.issues.find(idOrKey) : undefined;
  return issue && canBrowse(ctx.store, ctx.subject, issue) ? issue : undefined;
}

const notFound = (message: string) => jiraError(404, [message]);

/**
 * `POST /rest/api/3/issueLink` (operationId linkIssues, body `LinkIssueRequestJsonBean`: `type`,
 * `inwardIssue`, `outwardIssue` required): 201 with no body. 404 when the link type is unknown,
 * when the user cannot browse either issue, or lacks Link Issues on the outward ("from") issue's
 * project, as the operation documents; a duplicate link "indicates that the issue link was created".
 */
function createLink(ctx: JiraContext): ServiceResponse {
  const body = isRecord(ctx.body) ? ctx.body : undefined;
  if (!body) return jiraError(400, ['The request body is required.']);
  const missing = ['type', 'inwardIssue', 'outwardIssue'].filter((f) => !isRecord(body[f]));
  if (missing.length > 0)
    return jiraError(400, [], Object.fromEntries(missing.map((f) => [f, `The ${f} is required.`])));
  const type = linkType(body.type);
  if (!type)
    return notFound(`No issue link type with name '${scalarText((body.type as Record<string, unknown>).name)}' found.`);
  const inward = linkedIssue(ctx, body.inwardIssue);
  const outward = linkedIssue(ctx, body.outwardIssue);
  if (!inward || !outward) return notFound('Issue does not exist or you do not have permission to see it.');
  if (!hasProjectPermission(ctx.store, ctx.subject, outward.projectId, 'LINK_ISSUES'))
    return notFound('You do not have the permission to link issues.');
  linksOf(ctx.store.db).add(type.id, outward.id, inward.id);
  return { status: 201 };
}

/** Linking issues (the "Propose an improvement" action links the proposal to its source). */
export const issueLinkRoutes: JiraRoute[] = [route('POST', /^\/rest\/api\/3\/issueLink$/, 'write', createLink)];
