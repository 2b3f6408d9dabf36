import { readdirSync, readFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LocalHost } from '../../local/host';
import { seededHost } from '../support/seeded-host';

/**
 * The host serves the Custom UI build compressed and cacheable as a CDN does. Forge hosts resources on
 * "Atlassian cloud infrastructure" (mirror/custom-ui/index.md) without documenting headers, so these
 * follow RFC 9110 (content coding, Vary), RFC 9111 (no-cache, 304) and RFC 8246 (immutable).
 */
let host: LocalHost;
let server: Server;
let port: number;

beforeAll(async () => {
  host = await seededHost();
  server = await host.listen(0);
  port = (server.address() as AddressInfo).port;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  host.close();
});

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
const raw = (path: string, headers: Record<string, string> = {}) =>
  new Promise<Raw>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

const assets = () => readdirSync(join(host.staticDir, 'assets'));
const aScript = () => assets().find((f) => f.endsWith('.js')) as string;

describe('the Custom UI build is served like a CDN serves it', () => {
  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip;q=0, br', 'br', brotliDecompressSync],
  ])('Accept-Encoding %s gets %s, and the bytes decompress to the file', async (accept, coding, decode) => {
    const file = aScript();
    const res = await raw(`/app/assets/${file}`, { 'accept-encoding': accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(coding);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const original = readFileSync(join(host.staticDir, 'assets', file));
    expect(res.body.length).toBeLessThan(original.length);
    expect(decode(res.body).equals(original)).toBe(true);
  });

  it('a client that accepts no coding (or refuses both with q=0) gets the file as is', async () => {
    const file = aScript();
    const original = readFileSync(join(host.staticDir, 'assets', file));
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const res = await raw(`/app/assets/${file}`, accept ? { 'accept-encoding': accept } : {});
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.equals(original)).toBe(true);
    }
  });

  it("Vite's hashed JS and CSS under assets/ are cached for a year as immutable", async () => {
    const css = assets().find((f) => f.endsWith('.css')) as string;
    for (const file of [aScript(), css]) {
      const res = await raw(`/app/assets/${file}`, { 'accept-encoding': 'gzip' });
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('index.html is revalidated on every use: no-cache with an ETag, 304 while unchanged, bridge injected', async () => {
    const first = await raw('/app/index.html', { 'accept-encoding': 'gzip' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    expect(gunzipSync(first.body).toString('utf8')).toContain('/__local/bridge.js');
    const again = await raw('/app/index.html', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const stale = await raw('/app/index.html', { 'if-none-match': '"an-older-build"' });
    expect(stale.status).toBe(200);
    expect(stale.body.toString('utf8')).toContain('<script');
  });

  it('a file outside assets/ without a content hash is not immutable', async () => {
    const res = await raw('/app/favicon.svg', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
