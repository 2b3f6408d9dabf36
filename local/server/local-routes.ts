import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { FrameError, frameRequestSchema } from '../app/frames';
import { InvocationLimitError, UnknownFunctionError } from '../app/app-runner';
import { InvocationTimeoutError } from '../runtime/deadline';
import type { LocalHost } from '../host';
import { HttpError, readJson, sendJson } from './http-utils';

const invokeSchema = z.strictObject({
  token: z.string().min(1, 'token is required'),
  functionKey: z.string().min(1, 'functionKey is required'),
  payload: z.unknown().optional(),
});

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/**
 * The `/__local/*` routes of the host contract (architecture.md): frames, invoke, scheduled
 * triggers, stats. Malformed requests get 400 with a message that says what is wrong.
 */
export async function handleLocalRoute(
  host: LocalHost,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  if (method === 'POST' && path === '/__local/frames') {
    const parsed = frameRequestSchema.safeParse(await readJson(req));
    if (!parsed.success) throw new HttpError(400, `Invalid frame request: ${describe(parsed.error)}`);
    const frame = guard(() => host.frames.create(parsed.data));
    sendJson(res, 200, { token: frame.token, context: frame.context });
    return true;
  }
  const frameMatch = /^\/__local\/frames\/([^/]+)$/.exec(path);
  if (method === 'GET' && frameMatch) {
    const frame = host.frames.get(decodeURIComponent(frameMatch[1] ?? ''));
    if (!frame) throw new HttpError(404, 'Unknown frame token; create a frame with POST /__local/frames');
    sendJson(res, 200, frame.context);
    return true;
  }
  if (method === 'POST' && path === '/__local/invoke') {
    const parsed = invokeSchema.safeParse(await readJson(req));
    if (!parsed.success) throw new HttpError(400, `Invalid invoke request: ${describe(parsed.error)}`);
    const frame = host.frames.get(parsed.data.token);
    if (!frame) throw new HttpError(400, 'Unknown frame token; create a frame with POST /__local/frames');
    const result = await guardAsync(() =>
      host.runner.invokeResolver(frame, parsed.data.functionKey, parsed.data.payload ?? {}),
    );
    sendJson(res, 200, result ?? null);
    return true;
  }
  const scheduled = /^\/__local\/scheduled\/([^/]+)$/.exec(path);
  if (method === 'POST' && scheduled) {
    const result = await guardAsync(() => host.runner.runScheduled(decodeURIComponent(scheduled[1] ?? '')));
    sendJson(res, 200, { ok: true, result: result ?? null });
    return true;
  }
  if (method === 'GET' && path === '/__local/stats') {
    sendJson(res, 200, host.stats.snapshot());
    return true;
  }
  if (method === 'POST' && path === '/__local/stats/reset') {
    host.stats.reset();
    sendJson(res, 200, { ok: true });
    return true;
  }
  if (method === 'POST' && path === '/__local/queue/drain') {
    await host.queue.idle();
    sendJson(res, 200, { ok: true });
    return true;
  }
  return false;
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof FrameError || error instanceof UnknownFunctionError) throw new HttpError(400, error.message);
    throw error;
  }
}

async function guardAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof FrameError || error instanceof UnknownFunctionError) throw new HttpError(400, error.message);
    // limits-invocation: the platform refuses an oversized invoke and stops a function at its time limit.
    if (error instanceof InvocationLimitError) throw new HttpError(413, error.message);
    if (error instanceof InvocationTimeoutError) throw new HttpError(504, error.message);
    if (error instanceof Error && error.message.startsWith('Resolver has no definition')) {
      throw new HttpError(400, error.message);
    }
    throw error;
  }
}
