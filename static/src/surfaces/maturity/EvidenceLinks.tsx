import { router } from '@forge/bridge';
import { IssueLink } from '../../ui/IssueLink';
import { inline, subtle } from '../../ui/styles';

// The shapes the domain accepts as evidence (src/domain/maturity/evidence-link.ts); here only to choose how to show one.
const JIRA_KEY = /^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/;
const CONFLUENCE_REF = /^confluence:([1-9][0-9]{0,19})$/;
const WEB = /^https?:\/\//i;

/** A site-relative or web address that the product opens (an app frame cannot navigate its host). */
function ProductLink({ href, children }: { href: string; children: string }) {
  const external = WEB.test(href);
  return (
    <a
      href={href}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      onClick={(e) => {
        e.preventDefault();
        // router.open: a relative URL opens at once, an external one after the product's prompt (Forge bridge, router).
        void router.open(href).catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}

/** One evidence link as what it points to: a Jira issue, a Confluence page or a web page; anything else as text. */
export function EvidenceLink({ link }: { link: string }) {
  if (JIRA_KEY.test(link)) return <IssueLink issueKey={link} />;
  const page = CONFLUENCE_REF.exec(link);
  if (page?.[1])
    return (
      <ProductLink href={`/wiki/pages/viewpage.action?pageId=${page[1]}`}>{`Confluence page ${page[1]}`}</ProductLink>
    );
  if (WEB.test(link) || link.startsWith('/wiki/')) return <ProductLink href={link}>{link}</ProductLink>;
  return <span>{link}</span>;
}

/** A gap's or a rating's evidence links in one row, or nothing when there are none. */
export function EvidenceLinks({ links }: { links: string[] }) {
  if (links.length === 0) return null;
  return (
    <div style={{ ...inline('space.100'), ...subtle }}>
      <span>Evidence:</span>
      <ul aria-label="Evidence" style={{ ...inline('space.100'), margin: 0, padding: 0, listStyle: 'none' }}>
        {links.map((link, i) => (
          // A flex row 24 px high stretches its link to it: a list of links is no sentence, so each is a 24 px target (WCAG 2.5.8).
          <li key={`${i}-${link}`} style={{ overflowWrap: 'anywhere', display: 'flex', minHeight: 24 }}>
            <EvidenceLink link={link} />
          </li>
        ))}
      </ul>
    </div>
  );
}
