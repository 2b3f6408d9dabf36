import { checkEvidenceLink, type EvidenceLink } from './evidence-link';

const UNKNOWN_FORM =
  'Use a Jira issue key (ABC-123), a Confluence page (confluence:12345 or its address) or a web address starting with https:// or http://.';

describe('checkEvidenceLink', () => {
  const longPath = `https://x.example/${'a'.repeat(1982)}`; // 18 + 1982 = 2000 characters

  it.each<[string, EvidenceLink]>([
    ['ABC-123', { kind: 'jira', key: 'ABC-123' }],
    ['CSI-1', { kind: 'jira', key: 'CSI-1' }],
    ['A1_B-42', { kind: 'jira', key: 'A1_B-42' }],
    ['  CSI-42 ', { kind: 'jira', key: 'CSI-42' }],
    ['confluence:12345', { kind: 'confluence', pageId: '12345' }],
    ['/wiki/spaces/CSI/pages/98765/Maturity+Q3', { kind: 'confluence', pageId: '98765' }],
    [
      'https://acme.atlassian.net/wiki/spaces/CSI/pages/12345/Maturity+2026-Q3',
      {
        kind: 'confluence',
        pageId: '12345',
        url: 'https://acme.atlassian.net/wiki/spaces/CSI/pages/12345/Maturity+2026-Q3',
      },
    ],
    [
      'https://acme.atlassian.net/wiki/spaces/CSI/pages/12345',
      { kind: 'confluence', pageId: '12345', url: 'https://acme.atlassian.net/wiki/spaces/CSI/pages/12345' },
    ],
    ['https://example.com/report?q=1#top', { kind: 'url', url: 'https://example.com/report?q=1#top' }],
    ['HTTPS://Example.COM', { kind: 'url', url: 'https://example.com/' }],
    ['http://intranet/status', { kind: 'url', url: 'http://intranet/status' }],
    ['https://x', { kind: 'url', url: 'https://x/' }],
    // A Jira issue's address stays a web address (it may be another site's issue).
    ['https://acme.atlassian.net/browse/CSI-42', { kind: 'url', url: 'https://acme.atlassian.net/browse/CSI-42' }],
    // A page id with a leading zero is no page id: the address is kept as it is.
    ['https://x/wiki/spaces/A/pages/0123', { kind: 'url', url: 'https://x/wiki/spaces/A/pages/0123' }],
    [longPath, { kind: 'url', url: longPath }],
  ])('accepts %j', (link, expected) => {
    expect(checkEvidenceLink(link)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string]>([
    ['javascript:alert(1)', UNKNOWN_FORM],
    ['JavaScript:alert(1)', UNKNOWN_FORM],
    ['data:text/html,<b>hi</b>', UNKNOWN_FORM],
    ['ftp://x', UNKNOWN_FORM],
    ['mailto:csi@example.com', UNKNOWN_FORM],
    ['www.example.com', UNKNOWN_FORM],
    ['//example.com/page', UNKNOWN_FORM],
    ['http://', UNKNOWN_FORM],
    ['abc-1', UNKNOWN_FORM],
    ['ABC-0', UNKNOWN_FORM],
    ['ABC-01', UNKNOWN_FORM],
    ['A-1', UNKNOWN_FORM],
    ['ABC123', UNKNOWN_FORM],
    ['confluence:0', UNKNOWN_FORM],
    ['confluence:abc', UNKNOWN_FORM],
    ['confluence:', UNKNOWN_FORM],
    ['/wiki/spaces/CSI/overview', UNKNOWN_FORM],
    ['https://user:pw@x', 'A web address must not contain a user name or password.'],
    ['https://user@example.com/page', 'A web address must not contain a user name or password.'],
    ['', `Enter a link. ${UNKNOWN_FORM}`],
    ['  \t', `Enter a link. ${UNKNOWN_FORM}`],
    ['https://exa mple.com', 'A link must not contain spaces or invisible characters.'],
    ['https://example.com/\u202Egpj.exe', 'A link must not contain spaces or invisible characters.'],
    ['CSI-\u200B42', 'A link must not contain spaces or invisible characters.'],
    [`${longPath}a`, 'A link is at most 2000 characters.'],
  ])('refuses %j', (link, message) => {
    expect(checkEvidenceLink(link)).toEqual({ ok: false, error: { code: 'INVALID_EVIDENCE_LINK', message } });
  });
});
