import path from 'node:path';
import { LintService } from '@forge/cli/out/service/lint-service';
import { ConfigFile, FileSystemReader, FileSystemWriter, type GraphQLClient } from '@forge/cli-shared';
import { getClientSideLintersOnly, lint, parseSourceFile, PermissionLinter, type LintResult } from '@forge/lint';
import { collectingLogger, OfflineStatsigService, refuseNetwork, writeReport, type LogLine } from './forge-cli-offline';
import { RecordingPermissionLinter, type FoundCall } from './recording-permission-linter';

/**
 * Child process: runs the Forge CLI's client-side linters over each app directory given, exactly as
 * `forge lint` does through `LintService.run` (@forge/cli/out/service/lint-service.js: the files under
 * ./src minus .gitignore'd ones, the manifest, `lint()` from @forge/lint), with two additions that only
 * observe: the files the linter parses, and the product API calls its scope check found.
 * The server-side half of `forge lint` needs a login and is not run.
 *
 * Usage: `node --import tsx test/platform/forge-lint.runner.ts <report.json> <app dir>...`
 */
const networkAttempts: string[] = [];
refuseNetwork(networkAttempts);

/** `LintService` hands the client to the server-side linters only; offline it must never be used. */
const noGraphQL: GraphQLClient = {
  query: () => Promise.reject(new Error('offline: no GraphQL')),
  mutate: () => Promise.reject(new Error('offline: no GraphQL')),
};

export interface AppLintReport {
  dir: string;
  parsed: string[];
  problems: { file: string; level: string; message: string; missingPermission?: string }[];
  calls: FoundCall[];
  storageCalls: number;
  log: LogLine[];
}

async function lintApp(dir: string): Promise<AppLintReport> {
  process.chdir(dir);
  const log: LogLine[] = [];
  const logger = collectingLogger(log);
  const reader = new FileSystemReader();
  const statsig = new OfflineStatsigService(logger);
  const parsed: string[] = [];
  let recorder: RecordingPermissionLinter | undefined;
  const observingLint: typeof lint = async (files, manifest, environment, lintLogger, statsigService, config) => {
    // The same linters `lint()` builds for client-side mode, the permission linter swapped for one that
    // also records what it found.
    const linters = await getClientSideLintersOnly(manifest, environment, lintLogger, statsigService);
    const recording = new RecordingPermissionLinter(environment, manifest, lintLogger);
    const swapped = linters.map((l) => (l instanceof PermissionLinter ? recording : l));
    if (!swapped.includes(recording)) throw new Error('@forge/lint no longer has a PermissionLinter');
    recorder = recording;
    return lint(files, manifest, environment, lintLogger, statsigService, {
      ...config,
      linters: swapped,
      parseFunction: (file, parser) => {
        parsed.push(path.normalize(file));
        return parseSourceFile(file, parser);
      },
    });
  };
  const service = new LintService(new ConfigFile(reader, new FileSystemWriter()), reader, statsig, noGraphQL);
  const { lintResults } = await service.run(
    'development',
    { linterMode: 'client-side' },
    logger,
    undefined,
    observingLint,
  );
  return {
    dir,
    parsed: parsed.sort(),
    problems: lintResults.flatMap(problemsOf),
    calls: recorder?.found() ?? [],
    storageCalls: recorder?.storageCalls ?? 0,
    log,
  };
}

function problemsOf(result: LintResult): AppLintReport['problems'] {
  return [
    ...result.errors.map((r) => ({ ...r, level: 'error' })),
    ...result.warnings.map((r) => ({ ...r, level: 'warning' })),
    ...result.approvals.map((r) => ({ ...r, level: 'approval' })),
  ].map((r) => ({
    file: path.relative(process.cwd(), path.resolve(result.file)),
    level: r.level,
    message: `${r.line}:${r.column} ${r.message}`,
    ...(typeof r.metadata?.missingPermission === 'string' ? { missingPermission: r.metadata.missingPermission } : {}),
  }));
}

void writeReport(process.argv[2], async () => {
  const apps: AppLintReport[] = [];
  for (const dir of process.argv.slice(3)) apps.push(await lintApp(dir));
  return { apps, networkAttempts };
});
