import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { LoadedManifest } from './manifest';
import { globalPagePath } from './global-page-path';
import { LOCAL_SITE, type SiteIdentity } from '../runtime/site';

/** What the frame registry needs to know about the products to build a context. */
export interface ProductDirectory {
  findUser(accountId: string): { accountId: string; displayName: string } | undefined;
  findIssue(
    key: string,
  ): { id: string; key: string; typeName: string; typeId: string; projectId: string; projectKey: string } | undefined;
  findProject(key: string): { id: string; key: string } | undefined;
  findPage(id: string): { id: string; type: 'page' | 'blogpost'; spaceId: string; spaceKey: string } | undefined;
}

export const frameRequestSchema = z.strictObject({
  moduleKey: z.string().min(1),
  accountId: z.string().min(1),
  issueKey: z.string().optional(),
  projectKey: z.string().optional(),
  pageId: z.string().optional(),
  config: z.unknown().optional(),
  /** The macro's config resource, for a macro already on the page (`edit`) or one being inserted (`insert`). */
  configuring: z.enum(['edit', 'insert']).optional(),
  /** The content is open in the editor (a draft, say) rather than viewed. Implied by `configuring`. */
  editing: z.boolean().optional(),
  colorMode: z.enum(['light', 'dark']).optional(),
});

export type FrameRequest = z.infer<typeof frameRequestSchema>;

export interface Frame {
  token: string;
  moduleKey: string;
  accountId: string;
  /** The context exactly as `view.getContext()` returns it in the iframe. */
  context: Record<string, unknown> & { extension: Record<string, unknown> };
}

export class FrameError extends Error {
  override readonly name = 'FrameError';
}

/** Binds a platform context to a token, as the product does for each app iframe. */
export class FrameRegistry {
  private readonly frames = new Map<string, Frame>();

  constructor(
    private readonly manifest: LoadedManifest,
    private readonly directory: ProductDirectory,
    private readonly site: Pick<SiteIdentity, 'cloudId' | 'siteUrl'> = LOCAL_SITE,
  ) {}

  create(request: FrameRequest): Frame {
    const module = this.manifest.moduleByKey(request.moduleKey);
    if (!module || !module.resource) throw new FrameError(`Unknown UI module key '${request.moduleKey}'`);
    if (!this.directory.findUser(request.accountId)) throw new FrameError(`Unknown user '${request.accountId}'`);
    const extension = { type: module.type, ...this.extensionFor(module.type, request) };
    const token = randomUUID();
    const context = {
      accountId: request.accountId,
      cloudId: this.site.cloudId,
      siteUrl: this.site.siteUrl,
      moduleKey: request.moduleKey,
      localId: `${request.moduleKey}-${token.slice(0, 8)}`,
      environmentType: 'DEVELOPMENT',
      locale: 'en-GB',
      timezone: 'UTC',
      theme: { colorMode: request.colorMode ?? 'light' },
      extension,
    };
    const frame = { token, moduleKey: request.moduleKey, accountId: request.accountId, context };
    this.frames.set(token, frame);
    return frame;
  }

  get(token: string): Frame | undefined {
    return this.frames.get(token);
  }

  private extensionFor(type: string, request: FrameRequest): Record<string, unknown> {
    switch (type) {
      case 'jira:issuePanel':
        return this.issueExtension(request.issueKey);
      // "Extension data" of mirror/manifest-reference/modules/jira-issue-action/index.md: the same
      // issue (id, key, type, typeId) and project (id, key, type) as the issue panel.
      case 'jira:issueAction':
        return this.issueExtension(request.issueKey);
      case 'jira:projectPage':
        return { project: this.project(request.projectKey) };
      case 'jira:adminPage':
        return {};
      case 'jira:globalPage':
        // "Extension data" of mirror/manifest-reference/modules/jira-global-page/index.md: `type`
        // and `location`, the full URL of the host page (`/jira/apps/{appId}/{envId}`).
        return { location: `${this.site.siteUrl}${globalPagePath()}` };
      case 'macro':
        return this.macroExtension(request);
      default:
        throw new FrameError(`The local host cannot render module type '${type}'`);
    }
  }

  private issueExtension(issueKey: string | undefined): Record<string, unknown> {
    const issue = issueKey ? this.directory.findIssue(issueKey) : undefined;
    if (!issue) throw new FrameError(`Unknown issue '${issueKey ?? ''}': an issue panel needs an existing issueKey`);
    return {
      issue: { id: issue.id, key: issue.key, type: issue.typeName, typeId: issue.typeId },
      project: { id: issue.projectId, key: issue.projectKey, type: 'software' },
    };
  }

  private project(projectKey: string | undefined): { id: string; key: string; type: string } {
    const project = projectKey ? this.directory.findProject(projectKey) : undefined;
    if (!project)
      throw new FrameError(`Unknown project '${projectKey ?? ''}': a project page needs an existing projectKey`);
    return { ...project, type: 'software' };
  }

  /**
   * The macro extension context as documented in mirror/manifest-reference/modules/macro/index.md
   * ("Extension context" and "Extension context in the macro editor"): `content.id`, `content.type`
   * (`page` or `blogpost`), `content.subtype`, `space.id`, `space.key`, `isEditing`, `references`,
   * `config`; in the editor also `macro.isConfiguring` (the config resource is rendered) and
   * `macro.isInserting` (a new macro is being inserted).
   */
  private macroExtension(request: FrameRequest): Record<string, unknown> {
    const page = request.pageId ? this.directory.findPage(request.pageId) : undefined;
    if (!page) throw new FrameError(`Unknown page '${request.pageId ?? ''}': a macro needs an existing pageId`);
    const isEditing = request.configuring !== undefined || request.editing === true;
    return {
      content: { id: page.id, type: page.type, subtype: null },
      space: { id: page.spaceId, key: page.spaceKey },
      isEditing,
      references: [],
      ...(request.config !== undefined ? { config: request.config } : {}),
      ...(isEditing
        ? { macro: { isConfiguring: request.configuring !== undefined, isInserting: request.configuring === 'insert' } }
        : {}),
    };
  }
}
