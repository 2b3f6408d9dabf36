import type { ServiceHandler, ServiceRequest, ServiceResponse } from '../runtime/service';
import type { ProductStore } from './product-store';
import type { ConfluencePage, ConfluenceSpace, ProductUser } from './product-types';

/** The base URL the simulator puts in `_links`. */
export const CONFLUENCE_BASE_URL = 'https://local-csi.atlassian.net/wiki';

type Viewer = { kind: 'app' } | { kind: 'user'; user: ProductUser };

/** Confluence REST v2 error body. */
const v2Error = (status: number, code: string, title: string, detail: string | null = null): ServiceResponse => ({
  status,
  body: { errors: [{ status, code, title, detail }] },
});

const notFound = () => v2Error(404, 'NOT_FOUND', 'Not Found');

const canView = (store: ProductStore, viewer: Viewer, spaceId: string) =>
  viewer.kind === 'app' || store.confluence.canView(spaceId, viewer.user.accountId);

function renderPage(page: ConfluencePage, bodyFormat: string | null) {
  return {
    id: page.id,
    status: 'current',
    title: page.title,
    spaceId: page.spaceId,
    parentId: page.parentId,
    parentType: page.parentId ? 'page' : null,
    position: 0,
    authorId: page.authorId,
    ownerId: page.authorId,
    lastOwnerId: null,
    createdAt: page.createdAt,
    version: {
      createdAt: page.createdAt,
      message: '',
      number: page.version,
      minorEdit: false,
      authorId: page.authorId,
    },
    body: bodyFormat === 'storage' ? { storage: { representation: 'storage', value: page.body } } : {},
    _links: {
      webui: `/spaces/${page.spaceId}/pages/${page.id}`,
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      tinyui: `/x/${page.id}`,
      base: CONFLUENCE_BASE_URL,
    },
  };
}

function renderSpace(space: ConfluenceSpace) {
  return {
    id: space.id,
    key: space.key,
    name: space.name,
    type: 'global',
    status: 'current',
    homepageId: space.homepageId,
    description: null,
    icon: null,
    _links: { webui: `/spaces/${space.key}`, base: CONFLUENCE_BASE_URL },
  };
}

function currentUser(viewer: Viewer) {
  if (viewer.kind === 'app') {
    return {
      type: 'app',
      accountId: 'local-csi-app-user',
      accountType: 'app',
      publicName: 'CSI for Jira and Confluence',
      displayName: 'CSI for Jira and Confluence',
    };
  }
  const { user } = viewer;
  return {
    type: 'known',
    accountId: user.accountId,
    accountType: 'atlassian',
    email: user.email,
    publicName: user.displayName,
    displayName: user.displayName,
    profilePicture: { path: `/wiki/aa-avatar/${user.accountId}`, width: 48, height: 48, isDefault: true },
    isExternalCollaborator: false,
    _links: { self: `${CONFLUENCE_BASE_URL}/rest/api/user?accountId=${user.accountId}`, base: CONFLUENCE_BASE_URL },
  };
}

function route(store: ProductStore, viewer: Viewer, method: string, url: URL): ServiceResponse {
  const path = url.pathname;
  const page = /^\/wiki\/api\/v2\/pages\/(\d+)$/.exec(path);
  const space = /^\/wiki\/api\/v2\/spaces\/(\d+)$/.exec(path);
  if (method === 'GET' && page) {
    const found = store.confluence.page(page[1]!);
    if (!found || !canView(store, viewer, found.spaceId)) return notFound();
    return { status: 200, body: renderPage(found, url.searchParams.get('body-format')) };
  }
  if (method === 'GET' && space) {
    const found = store.confluence.space(space[1]!);
    return found && canView(store, viewer, found.id) ? { status: 200, body: renderSpace(found) } : notFound();
  }
  if (method === 'GET' && path === '/wiki/rest/api/user/current') return { status: 200, body: currentUser(viewer) };
  return v2Error(404, 'NOT_FOUND', 'Not Found', `Local Confluence simulator does not implement ${method} ${path}`);
}

/**
 * The Confluence simulator behind `requestConfluence`: v2 pages and spaces (404 when the acting
 * user cannot view the space, as Confluence hides them) and the v1 current user. Every call costs
 * one simulated point.
 */
export function createConfluenceService(store: ProductStore, now: () => Date = () => new Date()): ServiceHandler {
  return (req: ServiceRequest): ServiceResponse => {
    store.points.add(now(), 'confluence', 1);
    const url = new URL(req.path, CONFLUENCE_BASE_URL);
    if (req.actingAccountId === undefined) return route(store, { kind: 'app' }, req.method.toUpperCase(), url);
    const user = store.users.get(req.actingAccountId);
    if (!user) return v2Error(401, 'UNAUTHORIZED', 'Unauthorized', `No local user '${req.actingAccountId}'`);
    return route(store, { kind: 'user', user }, req.method.toUpperCase(), url);
  };
}
