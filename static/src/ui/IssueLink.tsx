import { issueUrl, openIssue } from './open-issue';

/**
 * An issue key that opens the issue in Jira (the product navigates; an app frame cannot), from a
 * Jira page or a Confluence macro alike. The href keeps the link meaningful for "open in new tab"
 * and screen readers.
 */
export function IssueLink({ issueKey }: { issueKey: string }) {
  return (
    <a
      href={issueUrl(issueKey)}
      onClick={(e) => {
        e.preventDefault();
        void openIssue(issueKey).catch(() => undefined);
      }}
    >
      <strong>{issueKey}</strong>
    </a>
  );
}
