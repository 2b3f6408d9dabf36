import type { ConfluenceSpace, ProductUser } from './product-types';
import type { ConfluenceContent } from './store/confluence-store';

/** The base URL the simulator puts in `_links`. */
export const CONFLUENCE_BASE_URL = 'https://local-csi.atlassian.net/wiki';

/** Who a request acts as: the app (`asApp`) or a user (`asUser`). */
export type Viewer = { kind: 'app' } | { kind: 'user'; user: ProductUser };

function version(content: ConfluenceContent) {
  return {
    createdAt: content.createdAt,
    message: '',
    number: content.version,
    minorEdit: false,
    authorId: content.authorId,
  };
}

function body(content: ConfluenceContent, bodyFormat: string | null) {
  return bodyFormat === 'storage' ? { storage: { representation: 'storage', value: content.body } } : {};
}

/** A page as `GET /pages/{id}` returns it (OpenAPI `PageSingle`, confluence-v2.json). */
export function renderPage(page: ConfluenceContent, bodyFormat: string | null) {
  return {
    id: page.id,
    status: page.status,
    title: page.title,
    spaceId: page.spaceId,
    // PageSingle types parentId and parentType as strings (not nullable): a root page has neither.
    ...(page.parentId ? { parentId: page.parentId, parentType: 'page' } : {}),
    position: 0,
    authorId: page.authorId,
    ownerId: page.authorId,
    lastOwnerId: null,
    createdAt: page.createdAt,
    version: version(page),
    body: body(page, bodyFormat),
    _links: {
      webui: `/spaces/${page.spaceId}/pages/${page.id}`,
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      tinyui: `/x/${page.id}`,
      base: CONFLUENCE_BASE_URL,
    },
  };
}

/**
 * A blog post as `GET /blogposts/{id}` returns it (OpenAPI `BlogPostSingle`): no parent or
 * position, and a web link under the space's blog by posting day.
 */
export function renderBlogPost(post: ConfluenceContent, space: ConfluenceSpace | undefined, bodyFormat: string | null) {
  const day = post.createdAt.slice(0, 10).replace(/-/g, '/');
  return {
    id: post.id,
    status: post.status,
    title: post.title,
    spaceId: post.spaceId,
    authorId: post.authorId,
    createdAt: post.createdAt,
    version: version(post),
    body: body(post, bodyFormat),
    _links: {
      webui: `/spaces/${space?.key ?? post.spaceId}/blog/${day}/${post.id}`,
      editui: `/pages/resumedraft.action?draftId=${post.id}`,
      tinyui: `/x/${post.id}`,
      base: CONFLUENCE_BASE_URL,
    },
  };
}
