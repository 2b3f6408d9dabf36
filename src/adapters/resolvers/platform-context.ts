import * as z from 'zod';

/**
 * The parts of the Forge platform context the app relies on. Parsed, never trusted blindly: a
 * context without an account (an anonymous viewer) is refused before any work.
 */
export const platformContextSchema = z.object({
  accountId: z.string().min(1),
  moduleKey: z.string().min(1),
  localId: z.string().optional(),
  extension: z
    .object({
      type: z.string().optional(),
      issue: z
        .object({
          id: z.union([z.string(), z.number()]).transform(String),
          key: z.string(),
          type: z.string().optional(),
          typeId: z.string().optional(),
        })
        .optional(),
      project: z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string() }).optional(),
      // Macro context (manifest reference, macro, "Extension context"): content.type is page, blogpost or space.
      content: z
        .object({
          id: z.union([z.string(), z.number()]).transform(String),
          type: z.string().optional(),
        })
        .optional(),
      macro: z.object({ isConfiguring: z.boolean().optional(), isInserting: z.boolean().optional() }).optional(),
      space: z
        .object({ key: z.string(), id: z.union([z.string(), z.number()]).transform(String).optional() })
        .optional(),
      config: z.unknown().optional(),
    })
    .default({}),
});

export type PlatformContext = z.infer<typeof platformContextSchema>;

/** Payload fields that name an identity or a subject; they must agree with the context. */
const IDENTITY_FIELDS: Record<string, (ctx: PlatformContext) => string | undefined> = {
  accountId: (ctx) => ctx.accountId,
  issueId: (ctx) => ctx.extension.issue?.id,
  issueKey: (ctx) => ctx.extension.issue?.key,
  projectId: (ctx) => ctx.extension.project?.id ?? undefined,
  projectKey: (ctx) => ctx.extension.project?.key,
  pageId: (ctx) => ctx.extension.content?.id,
  contentId: (ctx) => ctx.extension.content?.id,
  spaceKey: (ctx) => ctx.extension.space?.key,
  cloudId: () => undefined,
};

/**
 * Returns the first payload field that names an identity different from the platform context.
 *
 * @example forgedField({ issueKey: 'CSI-9' }, ctxFor('CSI-1')) // 'issueKey'
 */
export function forgedField(payload: unknown, ctx: PlatformContext): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  for (const [field, fromContext] of Object.entries(IDENTITY_FIELDS)) {
    if (!Object.prototype.hasOwnProperty.call(payload, field)) continue;
    const claimed: unknown = (payload as Record<string, unknown>)[field];
    if (String(claimed) !== String(fromContext(ctx))) return field;
  }
  return undefined;
}
