import type { ServiceHandler, ServiceRequest, ServiceResponse } from '../runtime/service';
import { CONFLUENCE_BASE_URL, renderBlogPost, renderPage, type Viewer } from './confluence-render';
import type { ProductStore } from './product-store';
import type { ConfluenceContent, ContentType } from './store/confluence-store';

export { CONFLUENCE_BASE_URL } from './confluence-render';

/** Confluence REST v2 error body. */
const v2Error = (status: number, code: string, title: string, detail: string | null = null): ServiceResponse => ({
  status,
  body: { errors: [{ status, code, title, detail }] },
});

const notFound = () => v2Error(404, 'NOT_FOUND', 'Not Found');

const canView = (store: ProductStore, viewer: Viewer, spaceId: string) =>
  viewer.kind === 'app' || store.confluence.canView(spaceId, viewer.user.accountId);

/** The `status` values each operation's OpenAPI parameter enum allows (confluence-v2.json). */
const STATUS_ENUM: Record<ContentType, readonly string[]> = {
  page: ['current', 'archived', 'trashed', 'deleted', 'historical', 'draft'],
  blogpost: ['current', 'trashed', 'deleted', 'historical', 'draft'],
};

/**
 * `GET /pages/{id}` and `GET /blogposts/{id}` ("Filter the page being retrieved by its status"):
 * without a `status` filter Confluence returns published (`current`) content only, so an unpublished
 * draft is 404 unless `status=draft` is asked for. The array parameter comes repeated
 * (`status=current&status=draft`, OpenAPI form style) or comma-separated.
 */
function readContent(store: ProductStore, viewer: Viewer, type: ContentType, id: string, url: URL): ServiceResponse {
  const statuses = url.searchParams.getAll('status').flatMap((s) => s.split(','));
  const bad = statuses.find((s) => !STATUS_ENUM[type].includes(s));
  if (bad !== undefined) {
    return v2Error(400, 'INVALID_REQUEST_PARAMETER', 'Invalid status', `'${bad}' is not a ${type} status`);
  }
  const wanted = statuses.length > 0 ? statuses : ['current'];
  const found = store.confluence.content(id);
  if (!found || found.type !== type || !wanted.includes(found.status)) return notFound();
  if (!canView(store, viewer, found.spaceId)) return notFound();
  return { status: 200, body: render(store, found, url.searchParams.get('body-format')) };
}

function render(store: ProductStore, content: ConfluenceContent, bodyFormat: string | null) {
  return content.type === 'blogpost'
    ? renderBlogPost(content, store.confluence.space(content.spaceId), bodyFormat)
    : renderPage(content, bodyFormat);
}

interface ConfluenceRoute {
  method: 'GET';
  pattern: RegExp;
  handle(store: ProductStore, viewer: Viewer, params: string[], url: URL): ServiceResponse;
}

/** Every Confluence REST operation the simulator answers: the ones the app and the workbench call. */
export const CONFLUENCE_ROUTES: readonly ConfluenceRoute[] = [
  {
    method: 'GET',
    pattern: /^\/wiki\/api\/v2\/pages\/(\d+)$/,
    handle: (store, viewer, [id], url) => readContent(store, viewer, 'page', id!, url),
  },
  {
    method: 'GET',
    pattern: /^\/wiki\/api\/v2\/blogposts\/(\d+)$/,
    handle: (store, viewer, [id], url) => readContent(store, viewer, 'blogpost', id!, url),
  },
];

/** The simulator's route pattern for a request, or undefined (for route coverage). */
export function confluenceRouteOf(method: string, pathname: string): string | undefined {
  return CONFLUENCE_ROUTES.find((r) => r.method === method && r.pattern.test(pathname))?.pattern.source;
}

function route(store: ProductStore, viewer: Viewer, method: string, url: URL): ServiceResponse {
  for (const r of CONFLUENCE_ROUTES) {
    const m = r.method === method ? r.pattern.exec(url.pathname) : null;
    if (m) return r.handle(store, viewer, m.slice(1), url);
  }
  return v2Error(
    404,
    'NOT_FOUND',
    'Not Found',
    `Local Confluence simulator does not implement ${method} ${url.pathname}`,
  );
}

/**
 * The Confluence simulator behind `requestConfluence`: the v2 page and blog-post reads the app makes
 * (404 when the acting user cannot view the space, as Confluence hides them). Every call costs one
 * simulated point. Only what the app calls is simulated.
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
