import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
}

function lockEntries(): [string, LockEntry][] {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    lockfileVersion: number;
    packages: Record<string, LockEntry>;
  };
  expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
  return Object.entries(lock.packages).filter(([key]) => key !== '');
}

// `npm ci` stops with "Invalid Version:" on a lock entry without a version (an optional dependency
// that did not resolve when the lock was written): https://docs.npmjs.com/cli/v11/configuring-npm/package-lock-json
describe('package-lock.json', () => {
  it('gives every installed package a version and an integrity hash, so a fresh npm ci installs', () => {
    const entries = lockEntries();
    expect(entries.length).toBeGreaterThan(100);
    const incomplete = entries.filter(([, e]) => !e.link && !(e.version && e.integrity)).map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  it('names every package the manifest of package.json depends on', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const installed = new Set(lockEntries().map(([key]) => key));
    const wanted = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    expect(wanted.filter((name) => !installed.has(`node_modules/${name}`))).toEqual([]);
  });
});
