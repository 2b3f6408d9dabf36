import type { ProductProject, ProductUser } from '../product-types';
import { findIssueType, findPriority, findStatus, STATUS_CATEGORIES } from '../workflow';
import { JIRA_BASE_URL } from './jira-http';

/** Renders building blocks of Jira REST v3 responses (users, statuses, priorities, ADF). */

const avatarUrls = (seed: string) =>
  Object.fromEntries(['48x48', '24x24', '16x16', '32x32'].map((s) => [s, `${JIRA_BASE_URL}/avatar/${seed}?s=${s}`]));

/** A user as Jira renders it (`/myself`, `/user`, issue `assignee`). */
export function renderUser(user: ProductUser) {
  return {
    self: `${JIRA_BASE_URL}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.email,
    avatarUrls: avatarUrls(user.accountId),
    displayName: user.displayName,
    active: true,
    timeZone: 'Europe/London',
    locale: 'en_GB',
  };
}

/** A status with its status category, as in issue `fields.status`. */
export function renderStatus(name: string) {
  const def = findStatus(name);
  const category = STATUS_CATEGORIES[def?.category ?? 'new'];
  return {
    self: `${JIRA_BASE_URL}/rest/api/3/status/${def?.id ?? ''}`,
    description: '',
    iconUrl: `${JIRA_BASE_URL}/images/icons/statuses/generic.png`,
    name,
    id: def?.id ?? '',
    statusCategory: { self: `${JIRA_BASE_URL}/rest/api/3/statuscategory/${category.id}`, ...category },
  };
}

/** A priority, as in issue `fields.priority`. */
export function renderPriority(name: string) {
  const def = findPriority(name);
  return {
    self: `${JIRA_BASE_URL}/rest/api/3/priority/${def?.id ?? ''}`,
    iconUrl: `${JIRA_BASE_URL}/images/icons/priorities/${name.toLowerCase()}.svg`,
    name,
    id: def?.id ?? '',
  };
}

/** An issue type, as in issue `fields.issuetype`. */
export function renderIssueType(type: { id: string; name: string }) {
  return {
    self: `${JIRA_BASE_URL}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: findIssueType(type.id)?.description ?? '',
    iconUrl: `${JIRA_BASE_URL}/images/icons/issuetypes/${type.name.toLowerCase()}.svg`,
    name: type.name,
    subtask: false,
    hierarchyLevel: 0,
  };
}

/** The short project form used inside issues. */
export function renderProjectRef(project: ProductProject) {
  return {
    self: `${JIRA_BASE_URL}/rest/api/3/project/${project.id}`,
    id: String(project.id),
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: avatarUrls(`project-${project.key}`),
  };
}

/** Plain text as an Atlassian Document (one paragraph per line); null for empty text. */
export function toAdf(text: string) {
  if (text === '') return null;
  const content = text.split('\n').map((line) => ({
    type: 'paragraph',
    content: line === '' ? [] : [{ type: 'text', text: line }],
  }));
  return { type: 'doc', version: 1, content };
}

/** The text of an Atlassian Document, paragraphs joined by newlines; undefined if `doc` is not ADF. */
export function fromAdf(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || (doc as { type?: unknown }).type !== 'doc') return undefined;
  const textOf = (node: unknown): string => {
    const n = node as { text?: unknown; content?: unknown };
    if (typeof n.text === 'string') return n.text;
    return Array.isArray(n.content) ? n.content.map(textOf).join('') : '';
  };
  const blocks = (doc as { content?: unknown }).content;
  return Array.isArray(blocks) ? blocks.map(textOf).join('\n') : '';
}
