import { randomUUID } from 'node:crypto';
import { macroExportPayload, type MacroExport } from '../product/confluence-export-payload';
import type { ForgeRuntime } from '../runtime/forge-runtime';
import { installContextOf } from '../runtime/site';
import type { Frame } from './frames';
import { INVOCATION_LIMITS, payloadBytes, timeoutSecondsOf } from './invocation-limits';
import type { LoadedManifest } from './manifest';

type Handler = (...args: unknown[]) => unknown;

export class UnknownFunctionError extends Error {
  override readonly name = 'UnknownFunctionError';
}

/**
 * The platform refused a front-end invocation whose payload or response is over its size limit
 * (limits-invocation: front-end invocation request 500 KB, response 5 MB).
 */
export class InvocationLimitError extends Error {
  override readonly name = 'InvocationLimitError';
}

/**
 * Runs the app's real handlers (the exports of src/index.ts named by manifest.yml) the way the
 * platform calls them: resolvers with `{ call, context }` plus the principal, triggers with the
 * event, consumers with the async event, each inside a counted invocation.
 */
export class AppRunner {
  constructor(
    private readonly manifest: LoadedManifest,
    private readonly exports: Record<string, unknown>,
    private readonly runtime: ForgeRuntime,
  ) {}

  /** The site's install context (`ari:cloud:jira::site/<cloudId>`). */
  private get installContext(): string {
    return installContextOf(this.runtime.site);
  }

  /**
   * A resolver call from a frame: `invoke(callKey, payload)` in the iframe. Refused before it runs
   * when the payload is over 500 KB; the caller gets an error instead of a response over 5 MB.
   */
  async invokeResolver(frame: Frame, callKey: string, payload: unknown): Promise<unknown> {
    const module = this.manifest.moduleByKey(frame.moduleKey);
    const functionKey = module?.resolver?.function;
    if (!functionKey) throw new UnknownFunctionError(`Module '${frame.moduleKey}' has no resolver function`);
    const handler = this.handler(functionKey);
    const sent = payloadBytes({ call: { functionKey: callKey, payload } });
    if (sent > INVOCATION_LIMITS.invokeRequestBytes) {
      throw new InvocationLimitError(
        `The invoke payload is ${sent} bytes; front-end invocations accept at most ${INVOCATION_LIMITS.invokeRequestBytes}`,
      );
    }
    const { accountId, ...context } = frame.context;
    const installContext = this.installContext;
    const result = await this.runtime.run(
      functionKey,
      callKey,
      frame.accountId,
      frame.moduleKey,
      () =>
        Promise.resolve(
          handler({ call: { functionKey: callKey, payload }, context }, { principal: { accountId }, installContext }),
        ),
      { timeoutSeconds: timeoutSecondsOf(this.manifest, functionKey) },
    );
    const returned = payloadBytes(result);
    if (returned > INVOCATION_LIMITS.invokeResponseBytes) {
      throw new InvocationLimitError(
        `The resolver's response is ${returned} bytes; front-end invocations return at most ${INVOCATION_LIMITS.invokeResponseBytes}`,
      );
    }
    return result;
  }

  /** Fires a product event at every trigger that listens to it. Errors are logged, as the platform would. */
  async fireEvent(eventType: string, event: Record<string, unknown>): Promise<void> {
    const triggers = this.manifest.modules.filter((m) => m.type === 'trigger' && m.events?.includes(eventType));
    for (const trigger of triggers) {
      await this.runFunction(trigger.function, eventType, undefined, trigger.key, [
        { ...event, eventType },
        { installContext: this.installContext, moduleKey: trigger.key },
      ]).catch((cause: unknown) => console.error(`Trigger ${trigger.key} failed`, cause));
    }
  }

  /** Runs every workflow validator; the first refusal wins, like Jira's validators. */
  async validateTransition(args: Record<string, unknown>): Promise<{ result: boolean; errorMessage?: string }> {
    for (const validator of this.manifest.modules.filter((m) => m.type === 'jira:workflowValidator')) {
      const outcome = (await this.runFunction(validator.function, 'workflowValidator', undefined, validator.key, [
        args,
        { installContext: this.installContext, moduleKey: validator.key },
      ])) as { result?: boolean; errorMessage?: string } | undefined;
      if (outcome?.result === false) return { result: false, errorMessage: outcome.errorMessage };
    }
    return { result: true };
  }

  /** Runs a scheduled trigger now. */
  runScheduled(moduleKey: string): Promise<unknown> {
    const module = this.manifest.modules.find((m) => m.type === 'scheduledTrigger' && m.key === moduleKey);
    if (!module) throw new UnknownFunctionError(`Unknown scheduled trigger '${moduleKey}'`);
    return this.runFunction(module.function, 'scheduled', undefined, moduleKey, [
      { context: { cloudId: this.runtime.site.cloudId, moduleKey }, contextToken: 'local' },
    ]);
  }

  /** Delivers one queued event to the queue's consumer. Throws if the consumer threw (so it is retried). */
  deliver(queueName: string, event: { body: unknown; jobId: string; retryCount: number }): Promise<unknown> {
    const consumer = this.manifest.modules.find((m) => m.type === 'consumer' && m.queue === queueName);
    if (!consumer) throw new UnknownFunctionError(`No consumer for queue '${queueName}'`);
    const asyncEvent = {
      body: event.body,
      queueName,
      jobId: event.jobId,
      eventId: randomUUID(),
      ...(event.retryCount > 0
        ? { retryContext: { retryCount: event.retryCount, retryReason: 'FUNCTION_ERROR' } }
        : {}),
    };
    return this.runFunction(consumer.function, 'consumer', undefined, consumer.key, [
      asyncEvent,
      { installContext: this.installContext, moduleKey: consumer.key },
    ]);
  }

  /**
   * A macro's `adfExport` function, as Confluence calls it while exporting a page (PDF, Word or
   * another export type), with the exporting user as the principal and the payload shaped as
   * Confluence shapes it for that export type (see `macroExportPayload`).
   */
  exportMacro(moduleKey: string, request: MacroExport): Promise<unknown> {
    const module = this.manifest.moduleByKey(moduleKey) as { adfExport?: { function?: string } } | undefined;
    const functionKey = module?.adfExport?.function;
    if (!functionKey) throw new UnknownFunctionError(`Macro '${moduleKey}' has no adfExport function`);
    const payload = macroExportPayload(moduleKey, request);
    return this.runFunction(functionKey, 'adfExport', request.accountId, moduleKey, [payload]);
  }

  hasQueue(queueName: string): boolean {
    return this.manifest.modules.some((m) => m.type === 'consumer' && m.queue === queueName);
  }

  private runFunction(
    functionKey: string | undefined,
    callKey: string,
    accountId: string | undefined,
    moduleKey: string,
    args: unknown[],
  ) {
    if (!functionKey) throw new UnknownFunctionError(`Module '${moduleKey}' names no function`);
    const handler = this.handler(functionKey);
    return this.runtime.run(functionKey, callKey, accountId, moduleKey, () => Promise.resolve(handler(...args)), {
      timeoutSeconds: timeoutSecondsOf(this.manifest, functionKey),
    });
  }

  private handler(functionKey: string): Handler {
    const name = this.manifest.handlerName(functionKey);
    const handler = name ? this.exports[name] : undefined;
    if (typeof handler !== 'function') {
      throw new UnknownFunctionError(
        `Function '${functionKey}' has no handler '${name ?? '?'}' exported by src/index.ts`,
      );
    }
    return handler as Handler;
  }
}
