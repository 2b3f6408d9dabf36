import { router } from '@forge/bridge';

/**
 * An issue key that opens the issue in Jira (the product navigates; an app frame cannot). The href
 * keeps the link meaningful for "open in new tab" and screen readers.
 */
export function IssueLink({ issueKey }: { issueKey: string }) {
  return (
    <a
      href={`/browse/${encodeURIComponent(issueKey)}`}
      onClick={(e) => {
        e.preventDefault();
        void router.navigate({ target: 'issue', issueKey }).catch(() => undefined);
      }}
    >
      <strong>{issueKey}</strong>
    </a>
  );
}
