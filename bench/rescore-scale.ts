import { LocalHost } from '../local/host';
import { seedDemo } from '../local/seed/seed-demo';
import { rescoreAtScale } from './rescore-points';
import { addInitiatives } from './scale';

/**
 * `npx tsx bench/rescore-scale.ts 5000 50000`: re-scoring after a configuration change at each size
 * (REST requests and points, queue pushes, wall time), on a fresh demo host per size.
 */
async function main(sizes: number[]): Promise<void> {
  for (const size of sizes) {
    const host = new LocalHost({ dbFile: ':memory:' });
    await seedDemo(host);
    const started = performance.now();
    await addInitiatives(host, size - host.store.issues.list(100_000).length, 11);
    console.log(`setup of ${size} initiatives: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await rescoreAtScale(host, size);
    host.close();
  }
}

main(
  process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0),
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
