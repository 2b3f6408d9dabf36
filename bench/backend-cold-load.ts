import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { ROOT } from '../local/host';
import { table } from './measure';

const RUNS = 7;

/** Median of numbers (the middle one, or the mean of the middle two). */
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Backend bundle size and cold-load time: src/index.ts (every manifest handler is `index.*`) bundled into
 * one CommonJS file for nodejs22.x, as the Forge bundler packages the handlers into one function
 * (test/platform/forge-bundle.* runs the real Forge bundler; esbuild here keeps the bench offline and
 * fast). Cold load = the time a fresh Node process takes to `require` the bundle (module evaluation, the
 * part a cold Forge invocation pays before the handler runs), median of 7 processes; Node's own start-up
 * is excluded.
 */
export function backendColdLoad(): void {
  const dir = mkdtempSync(join(tmpdir(), 'csi-backend-'));
  try {
    const out = join(dir, 'index.js');
    const result = buildSync({
      entryPoints: [join(ROOT, 'src', 'index.ts')],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      minify: true,
      metafile: true,
      outfile: out,
      logLevel: 'silent',
    });
    const bytes = readFileSync(out);
    const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0] as string]!.inputs);
    const share = (re: RegExp) =>
      inputs.filter(([p]) => re.test(p)).reduce((n, [, v]) => n + v.bytesInOutput, 0) / bytes.length;
    const probe = `const t=performance.now();require(${JSON.stringify(out)});process.stdout.write(String(performance.now()-t))`;
    const times = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['-e', probe])));
    table(
      'Backend bundle (src/index.ts, esbuild minified CJS for nodejs22.x) and cold load',
      ['KiB', 'KiB gzip', 'zod share', 'zod locales share', `cold require ms (median of ${RUNS})`],
      [
        [
          (bytes.length / 1024).toFixed(1),
          (gzipSync(bytes).length / 1024).toFixed(1),
          `${(share(/node_modules\/zod\//) * 100).toFixed(0)} %`,
          `${(share(/node_modules\/zod\/.*locales/) * 100).toFixed(0)} %`,
          median(times).toFixed(1),
        ],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) backendColdLoad();
