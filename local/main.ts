import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LocalHost, ROOT } from './host';
import { knobsFromEnv } from './runtime/knobs';
import { seedDemo } from './seed/seed-demo';

/**
 * `npm start`: builds the Custom UI if needed, opens (or seeds) the local site and serves the
 * workbench on PORT (default 4000). `npm start -- --fresh` resets the demo data.
 */
async function main(): Promise<void> {
  const fresh = process.argv.includes('--fresh');
  const port = Number(process.env.PORT ?? 4000);
  if (!existsSync(join(ROOT, 'static', 'dist', 'index.html')) || process.argv.includes('--build')) {
    console.log('Building the Custom UI (static/dist)...');
    const build = spawnSync('npx', ['vite', 'build', '--config', 'static/vite.config.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('The Custom UI build failed');
  }
  const host = new LocalHost({ fresh, knobs: knobsFromEnv(process.env) });
  if (host.isEmpty()) {
    console.log('Seeding the demo site (first start or --fresh)...');
    // The demo is dated today, so due dates, expiries and "this week" read as on a live site; tests
    // seed the fixed DEFAULT_SEED_BASE_DATE instead, for repeatable data.
    await seedDemo(host, `${new Date().toISOString().slice(0, 10)}T09:00:00.000Z`);
  }
  await host.listen(port);
  console.log(`CSI for Jira and Confluence — local Forge host at http://localhost:${port}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
