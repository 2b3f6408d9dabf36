import Resolver from '@forge/resolver';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.cjs';
import type { CallContract } from '../../contracts/call';
import { ERROR_CODES, type Envelope, type ErrorCode, type ResolverError } from '../../contracts/envelope';
import type { Result } from '../../domain/result';
import { checkGrants } from '../permissions/permission-checker';
import type { Grants, Permission } from '../permissions/permission';
import { forgedField, platformContextSchema, type PlatformContext } from './platform-context';
import { fieldErrorsOf } from './field-errors';
import { createMemo, type Memo } from './memo';
import { isTransient, transientMessage } from './transient';
import { isWriteRefused } from '../../application/write-refusal';

/** What a handler receives besides its parsed payload. */
export interface CallContext {
  platform: PlatformContext;
  accountId: string;
  /** Every permission asked for this call (required and optional), as answered by the products. */
  grants: Grants;
  /** Reads shared by the permission check and the handler, once per call. */
  memo: Memo;
}

/** One resolver: its contract, the permissions it requires, those it would like to know, and its handler. */
export interface ResolverDefinition<I extends z.ZodMiniType, O> {
  call: CallContract<I, O>;
  requires: readonly Permission[];
  /** Permissions the handler reads from `grants` (for example to show or hide an action) without requiring them. */
  alsoAsks?: readonly Permission[];
  handle(input: z.output<I>, ctx: CallContext): Promise<Result<O>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of heterogenous definitions
export type AnyResolverDefinition = ResolverDefinition<any, any>;

/** Declares a resolver with its types tied to its contract. */
export function defineResolver<I extends z.ZodMiniType, O>(def: ResolverDefinition<I, O>): ResolverDefinition<I, O> {
  return def;
}

// The contracts use zod's mini build, which ships without messages: use the English ones, imported
// alone (`z.locales.en()` keeps every locale in the bundle; bench/backend-cold-load.ts measures it).
// The CommonJS file, because the package maps `require` of `./v4/locales/*` to the ES module.
z.config(en());

const fail = (code: ErrorCode, message: string, fieldErrors?: Record<string, string[]>): Envelope<never> => ({
  ok: false,
  error: fieldErrors ? { code, message, fieldErrors } : { code, message },
});

/**
 * Runs one call the same way every time: identity from the platform context, forged ids refused,
 * strict payload schema, permissions checked as the user (failing closed), the handler, and one
 * envelope out. Unknown errors become `INTERNAL`; the cause is logged, never returned.
 */
export async function runCall<I extends z.ZodMiniType, O>(
  def: ResolverDefinition<I, O>,
  payload: unknown,
  rawContext: unknown,
): Promise<Envelope<O>> {
  try {
    const parsedContext = platformContextSchema.safeParse(rawContext);
    if (!parsedContext.success) return fail('FORBIDDEN', 'Sign in to use this app.');
    const platform = parsedContext.data;
    const forged = forgedField(payload, platform);
    if (forged) return fail('FORBIDDEN', `The request names a different ${forged} than the page you are on.`);
    const input = def.call.input.safeParse(payload);
    if (!input.success) return fail('INVALID_INPUT', 'Some fields are not valid.', fieldErrorsOf(input.error));
    const memo = createMemo();
    const grants = await askGrants(def, platform, memo);
    if (grants === undefined)
      return fail('UNAVAILABLE', 'We could not confirm your permissions right now. Nothing was changed; try again.');
    const missing = def.requires.filter((p) => grants[p] !== true);
    if (missing.length > 0) return fail('FORBIDDEN', forbiddenMessage(missing));
    const result = await def.handle(input.data, { platform, accountId: platform.accountId, grants, memo });
    if (result.ok) return { ok: true, data: result.value };
    return { ok: false, error: toResolverError(result.error) };
  } catch (cause) {
    // Refused before anything was written (too large for storage, contention past the retries).
    if (isWriteRefused(cause)) return fail(cause.code, cause.message);
    if (isTransient(cause)) {
      console.warn(`Resolver ${def.call.key} hit a busy or unavailable platform service`, cause);
      return fail('UNAVAILABLE', transientMessage(cause));
    }
    console.error(`Resolver ${def.call.key} failed`, cause);
    return fail(
      'INTERNAL',
      'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
    );
  }
}

async function askGrants(
  def: AnyResolverDefinition,
  platform: PlatformContext,
  memo: Memo,
): Promise<Grants | undefined> {
  const asked = [...new Set([...def.requires, ...(def.alsoAsks ?? [])])];
  if (asked.length === 0) return {};
  try {
    return await checkGrants(asked, platform, memo);
  } catch (cause) {
    // A busy Jira (a spent quota above all) is said as such, with when to try again.
    if (isTransient(cause)) throw cause;
    console.warn(`Permission check for ${def.call.key} failed; refusing`, cause);
    return undefined;
  }
}

const FORBIDDEN_MESSAGES: Record<Permission, string> = {
  siteAdmin: 'Only Jira site administrators can do this.',
  csiAdmin: 'Only CSI admins can do this.',
  browseIssue: 'You do not have permission to see this issue.',
  editIssue: 'You need permission to edit this issue.',
  browseProject: 'You do not have permission to browse this project.',
  viewPage: 'You do not have permission to view this page.',
};

function forbiddenMessage(missing: Permission[]): string {
  return FORBIDDEN_MESSAGES[missing[0] as Permission];
}

const KNOWN_CODES: readonly string[] = ERROR_CODES;

function toResolverError(error: {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}): ResolverError {
  const code = (KNOWN_CODES.includes(error.code) ? error.code : 'INTERNAL') as ErrorCode;
  return error.fieldErrors
    ? { code, message: error.message, fieldErrors: error.fieldErrors }
    : { code, message: error.message };
}

/** Builds the `@forge/resolver` handler for a surface from its definitions. */
export function buildResolver(defs: readonly AnyResolverDefinition[]) {
  const resolver = new Resolver();
  for (const def of defs) {
    resolver.define(def.call.key, ({ payload, context }) => runCall(def, payload, context));
  }
  return resolver.getDefinitions();
}
