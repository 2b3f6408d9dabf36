import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validate } from '@forge/manifest';
import { parse } from 'yaml';
import * as handlers from '../../src/index';
import { ENTITIES } from '../../src/adapters/storage/keys';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.yml');

interface Manifest {
  modules: { function: { key: string; handler: string }[] };
  resources: { key: string; path: string }[];
  permissions: { scopes: string[]; content: { styles: string[] } };
  app: { runtime: { name: string }; storage: { entities: { name: string }[] } };
}

const manifest = parse(readFileSync(MANIFEST, 'utf8')) as Manifest;

/**
 * `validate()` resolves handlers and resources relative to the manifest's own directory and wants
 * every Custom UI resource directory to hold an index.html. Before `npm run build` (which `npm test`
 * runs first) there is no static/dist, so the manifest is checked in a scratch mirror of the repository
 * with a placeholder build instead: nothing is written into the working tree.
 */
function manifestToValidate(): { file: string; cleanup: () => void } {
  const missing = manifest.resources.filter((r) => !existsSync(path.join(ROOT, r.path, 'index.html')));
  if (missing.length === 0) return { file: MANIFEST, cleanup: () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), 'csi-manifest-'));
  writeFileSync(path.join(dir, 'manifest.yml'), readFileSync(MANIFEST));
  symlinkSync(path.join(ROOT, 'src'), path.join(dir, 'src'), 'dir');
  for (const resource of manifest.resources) {
    mkdirSync(path.join(dir, resource.path), { recursive: true });
    writeFileSync(path.join(dir, resource.path, 'index.html'), '<!doctype html><title>placeholder</title>');
  }
  return { file: path.join(dir, 'manifest.yml'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('manifest.yml', () => {
  it('passes the official @forge/manifest validation with no errors', async () => {
    const { file, cleanup } = manifestToValidate();
    try {
      const result = await validate(false, file);
      const problems = (result.errors ?? []).map((e) => `${e.level} line ${e.line ?? '?'}: ${e.message}`);
      expect(problems).toEqual([]);
      expect(result.success).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('names exactly the handlers src/index.ts exports, and each is a function', () => {
    const named = manifest.modules.function.map((f) => f.handler.replace(/^index\./, '')).sort();
    const exported = Object.entries(handlers).filter(([name]) => name !== '__esModule');
    expect(manifest.modules.function.map((f) => f.handler).filter((h) => !h.startsWith('index.'))).toEqual([]);
    expect(exported.map(([name]) => name).sort()).toEqual([...new Set(named)]);
    expect(exported.filter(([, value]) => typeof value !== 'function').map(([name]) => name)).toEqual([]);
  });

  it('declares exactly the storage entities the adapters use', () => {
    const declared = manifest.app.storage.entities.map((e) => e.name).sort();
    expect(declared).toEqual(Object.values(ENTITIES).sort());
  });

  it('runs on nodejs22.x', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('may use app storage', () => {
    expect(manifest.permissions.scopes).toContain('storage:app');
  });

  it('allows the inline styles Atlaskit injects', () => {
    expect(manifest.permissions.content.styles).toContain('unsafe-inline');
  });
});
