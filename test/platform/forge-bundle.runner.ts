import { getEntryPoints, getNodeBundler } from '@forge/bundler';
import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import {
  collectingLogger,
  offlineWrapperProvider,
  OfflineStatsigService,
  refuseNetwork,
  writeReport,
  type LogLine,
} from './forge-cli-offline';

/**
 * Child process: bundles the app in the working directory the way `forge deploy` does
 * (`RuntimeBundler.packageAll` in @forge/cli/out/deploy/packager/runtime-bundler.js: the manifest's
 * handlers, `getEntryPoints`, then the bundler from `getNodeBundler`). The bundle goes to the CLI's own
 * temp directory (`tmpDir('dist')`, under `TMPDIR`), never into the working tree.
 *
 * Usage: `node --import tsx test/platform/forge-bundle.runner.ts <report.json>` from the app directory.
 */
const networkAttempts: string[] = [];
refuseNetwork(networkAttempts);

void writeReport(process.argv[2], async () => {
  const log: LogLine[] = [];
  const logger = collectingLogger(log);
  const reader = new FileSystemReader();
  const configFile = new ConfigFile(reader, new FileSystemWriter());
  const bundler = getNodeBundler(logger, offlineWrapperProvider, configFile, new OfflineStatsigService(logger));
  const handlers = await configFile.getAppHandlers();
  const entryPoints = getEntryPoints(handlers);
  const output = await bundler.bundle({ appDirectory: process.cwd(), entryPoints });
  return {
    outputDir: output.outputDir,
    handlers,
    entryPoints: entryPoints.map((e) => e.name),
    additionalOutputs: [...(output.additionalOutputs?.keys() ?? [])],
    errors: output.metadata?.errors ?? 0,
    log,
    networkAttempts,
  };
});
