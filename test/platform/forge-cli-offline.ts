import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { StatsigService, type Logger } from '@forge/cli-shared';
import type { getNodeBundler } from '@forge/bundler';

/**
 * The pieces the Forge CLI wires up in `@forge/cli/out/command-line/dependency-injection.js` for
 * `forge deploy` and `forge lint`, replaced where the CLI would log in or go online. Used by the child
 * processes `forge-bundle.runner.ts` and `forge-lint.runner.ts`; nothing else changes how the CLI's
 * bundler and linters work.
 */

export interface LogLine {
  level: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

/** A CLI logger (the `Logger` of @forge/cli-shared) that keeps every line for the report. */
export function collectingLogger(lines: LogLine[]): Logger {
  const add = (level: LogLine['level']) => (message: string) => lines.push({ level, message: String(message) });
  return {
    traceEnabled: false,
    debugEnabled: false,
    trace: add('trace'),
    debug: add('debug'),
    info: add('info'),
    warn: add('warn'),
    error: (error: Error) => lines.push({ level: 'error', message: error.message }),
  };
}

/**
 * The CLI's feature-flag client as it is when the flag service cannot be reached: its own
 * `StatsigService` then answers `null` for every gate and dynamic config (see `checkGate` and
 * `getDynamicConfig` in @forge/cli-shared/out/service/statsig-service.js), so each feature takes the
 * CLI's default. Answering `null` here gives the same defaults without trying the network.
 */
export class OfflineStatsigService extends StatsigService {
  constructor(logger: Logger) {
    super(
      logger,
      undefined,
      { getCredentials: () => Promise.reject(new Error('offline: nobody is logged in')) },
      { readConfigSection: () => Promise.resolve('missing' as const) },
    );
  }

  override checkGate(): Promise<null> {
    return Promise.resolve(null);
  }

  override getDynamicConfig(): Promise<null> {
    return Promise.resolve(null);
  }
}

type WrapperProvider = Parameters<typeof getNodeBundler>[1];

/**
 * At deploy the CLI downloads Atlassian's Node runtime wrapper from a CDN (`NetworkWrapperProvider`)
 * and packages it beside the bundle as `__forge__.cjs`; webpack never sees it. Offline a placeholder
 * stands in, so the bundle itself is exactly what `forge deploy` would upload.
 */
export const offlineWrapperProvider: WrapperProvider = {
  getNodeRuntimeWrapper: () =>
    Promise.resolve({ script: '/* offline check: no Forge runtime wrapper */', source: 'offline', version: 'offline' }),
  getNodeRuntimeLoader: () => Promise.resolve(undefined),
};

/**
 * Makes every TCP connection attempt fail at once and records it, so an offline check can never hang
 * on, or quietly depend on, the network. Local (Unix socket) connections are left alone.
 */
export function refuseNetwork(attempts: string[]): void {
  const proto = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => unknown };
  const connect = proto.connect;
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const [first, second] = args;
    const options = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : undefined;
    const local = typeof first === 'string' || (options !== undefined && typeof options.path === 'string');
    if (local) return connect.apply(this, args);
    const target = options
      ? `${JSON.stringify(options.host ?? 'localhost')}:${JSON.stringify(options.port)}`
      : `${JSON.stringify(second)}:${JSON.stringify(first)}`;
    attempts.push(target);
    throw new Error(`Offline Forge check: network access to ${target} refused`);
  };
}

/** Runs a child's work and writes its JSON report (or the error that stopped it) to `reportFile`. */
export async function writeReport(reportFile: string | undefined, work: () => Promise<object>): Promise<void> {
  if (!reportFile) throw new Error('usage: node --import tsx <runner> <report.json> [dirs...]');
  try {
    writeFileSync(reportFile, JSON.stringify(await work()));
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    writeFileSync(reportFile, JSON.stringify({ error: message }));
  }
}
