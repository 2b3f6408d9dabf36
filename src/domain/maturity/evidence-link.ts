import { err, ok, type Result } from '../result';
import { MATURITY_LIMITS } from './maturity.vocabulary';

/** What an evidence link points to: a Jira issue, a Confluence page, or another web page. */
export type EvidenceLink =
  | { kind: 'jira'; key: string }
  /** `url` is kept when the page was given by its address, so a page of another site still opens. */
  | { kind: 'confluence'; pageId: string; url?: string }
  | { kind: 'url'; url: string };

/** Why a link was refused. */
export interface EvidenceLinkError {
  code: 'INVALID_EVIDENCE_LINK';
  message: string;
}

/** A Jira issue key: a project key (a capital, then capitals, digits or `_`), a dash, a number from 1. */
export const JIRA_KEY_PATTERN = /^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/;

const CONFLUENCE_REF = /^confluence:([1-9][0-9]{0,19})$/;
const CONFLUENCE_PAGE_PATH = /^\/wiki\/spaces\/[^/]+\/pages\/([1-9][0-9]{0,19})(?:\/|$)/;
/* White space, controls and format characters (bidi overrides among them) would hide what a link is. */
const HIDDEN = /[\s\p{Cc}\p{Cf}]/u;

const UNKNOWN_FORM =
  'Use a Jira issue key (ABC-123), a Confluence page (confluence:12345 or its address) or a web address starting with https:// or http://.';

const refuse = (message: string): Result<never, EvidenceLinkError> => err({ code: 'INVALID_EVIDENCE_LINK', message });

function parseWebAddress(link: string): Result<EvidenceLink, EvidenceLinkError> {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return refuse(UNKNOWN_FORM);
  }
  if (url.username !== '' || url.password !== '')
    return refuse('A web address must not contain a user name or password.');
  if (url.hostname === '') return refuse(UNKNOWN_FORM);
  const page = CONFLUENCE_PAGE_PATH.exec(url.pathname);
  if (page?.[1] !== undefined) return ok({ kind: 'confluence', pageId: page[1], url: url.href });
  return ok({ kind: 'url', url: url.href });
}

/**
 * Classifies an assessor's evidence link (trimmed first): a Jira issue key such as `ABC-123`
 * ({@link JIRA_KEY_PATTERN}, upper case as Jira shows it); a Confluence page as `confluence:<page id>`,
 * as a site path `/wiki/spaces/<space>/pages/<page id>/...`, or as an http(s) address with that path
 * (the address is kept); or any other web address starting with `http://` or `https://`, without a
 * user name or password, given back normalised (`URL.href`). Anything else (other schemes such as
 * `javascript:` or `ftp:`, spaces or invisible characters, more than `MATURITY_LIMITS.link`
 * characters) is refused with `INVALID_EVIDENCE_LINK` and a message saying what to enter.
 *
 * @example
 * checkEvidenceLink('CSI-42'); // { ok: true, value: { kind: 'jira', key: 'CSI-42' } }
 * checkEvidenceLink('javascript:alert(1)').ok; // false
 */
export function checkEvidenceLink(link: string): Result<EvidenceLink, EvidenceLinkError> {
  const value = typeof link === 'string' ? link.trim() : '';
  if (value === '') return refuse(`Enter a link. ${UNKNOWN_FORM}`);
  if (value.length > MATURITY_LIMITS.link) return refuse(`A link is at most ${MATURITY_LIMITS.link} characters.`);
  if (HIDDEN.test(value)) return refuse('A link must not contain spaces or invisible characters.');
  if (JIRA_KEY_PATTERN.test(value)) return ok({ kind: 'jira', key: value });
  const ref = CONFLUENCE_REF.exec(value) ?? (value.startsWith('/') ? CONFLUENCE_PAGE_PATH.exec(value) : null);
  if (ref?.[1] !== undefined) return ok({ kind: 'confluence', pageId: ref[1] });
  if (/^https?:\/\//i.test(value)) return parseWebAddress(value);
  return refuse(UNKNOWN_FORM);
}
