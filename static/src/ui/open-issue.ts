import { router, view } from '@forge/bridge';

/**
 * Opens a Jira issue from wherever the app runs. `router.navigate({ target: 'issue' })` is a Jira
 * navigation target only (mirror/apis-reference/ui-api-bridge/router/index.md, "Target locations
 * and properties": Confluence offers contentView, contentEdit, spaceView, contentList and module),
 * so a Confluence macro navigates to the issue's site-relative URL `/browse/KEY` instead (the URL
 * `router.getUrl({ target: 'issue' })` documents; relative URLs open without a prompt).
 *
 * @example await openIssue('CSI-1') // Jira: the issue target; a Confluence macro: '/browse/CSI-1'
 */
export async function openIssue(issueKey: string): Promise<void> {
  const context = await view.getContext();
  const moduleType: unknown = (context.extension as { type?: unknown } | undefined)?.type;
  if (typeof moduleType === 'string' && moduleType.startsWith('jira:')) {
    await router.navigate({ target: 'issue', issueKey });
  } else {
    await router.navigate(issueUrl(issueKey));
  }
}

/** The issue's address on the site, as Jira serves it to Jira and Confluence alike. */
export const issueUrl = (issueKey: string): string => `/browse/${encodeURIComponent(issueKey)}`;
