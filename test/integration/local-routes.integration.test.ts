import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalHost } from '../../local/host';
import { seededHost } from '../support/seeded-host';

let host: LocalHost;
let server: Server;
let base: string;

beforeAll(async () => {
  host = await seededHost();
  server = await host.listen(0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  host.close();
});

const post = async (path: string, body: string) => {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('the /__local routes', () => {
  it.each([
    ['/__local/frames', 'not json', /not valid JSON/],
    ['/__local/frames', '', /must be JSON; it was empty/],
    ['/__local/frames', '{"accountId":"u-editor"}', /moduleKey/],
    ['/__local/frames', '{"moduleKey":"nope","accountId":"u-editor"}', /Unknown UI module key 'nope'/],
    [
      '/__local/frames',
      '{"moduleKey":"csi-issue-panel","accountId":"u-editor","issueKey":"CSI-999"}',
      /Unknown issue 'CSI-999'/,
    ],
    [
      '/__local/frames',
      '{"moduleKey":"csi-issue-panel","accountId":"nobody","issueKey":"CSI-1"}',
      /Unknown user 'nobody'/,
    ],
    ['/__local/invoke', '{"functionKey":"issuePanel.get"}', /token/],
    ['/__local/invoke', '{"token":"forged","functionKey":"issuePanel.get"}', /Unknown frame token/],
    ['/__local/scheduled/nope', '{}', /Unknown scheduled trigger 'nope'/],
  ])('POST %s with %j answers 400 with a clear message', async (path, body, message) => {
    const res = await post(path, body);
    expect(res.status).toBe(400);
    expect(String(res.body.error)).toMatch(message);
  });

  it('an unknown resolver key gets a clear 400, and the frame and invoke routes work together', async () => {
    const frame = await post(
      '/__local/frames',
      JSON.stringify({ moduleKey: 'csi-issue-panel', accountId: 'u-viewer', issueKey: 'CSI-1' }),
    );
    expect(frame.status).toBe(200);
    const token = String(frame.body.token);
    const unknown = await post(
      '/__local/invoke',
      JSON.stringify({ token, functionKey: 'issuePanel.nope', payload: {} }),
    );
    expect(unknown).toEqual({ status: 400, body: { error: "Resolver has no definition for 'issuePanel.nope'." } });
    const ok = await post('/__local/invoke', JSON.stringify({ token, functionKey: 'issuePanel.get', payload: {} }));
    expect(ok.status).toBe(200);
    expect(ok.body.ok).toBe(true);
  });

  it('counts each call in /__local/stats and resets', async () => {
    await fetch(`${base}/__local/stats/reset`, { method: 'POST' });
    const frame = await post(
      '/__local/frames',
      JSON.stringify({ moduleKey: 'csi-issue-panel', accountId: 'u-viewer', issueKey: 'CSI-1' }),
    );
    await post(
      '/__local/invoke',
      JSON.stringify({ token: frame.body.token, functionKey: 'issuePanel.get', payload: {} }),
    );
    const stats = (await (await fetch(`${base}/__local/stats`)).json()) as {
      totals: { invocations: number; kvsReads: number; kvsQueries: number; restReads: number };
      calls: Array<{ callKey: string }>;
    };
    // Opening the panel: settings and initiative (2 gets), recent updates and the latest raters'
    // entries (2 queries), and the permission check (1 REST read).
    expect(stats.totals).toMatchObject({ invocations: 1, kvsReads: 2, kvsQueries: 2, restReads: 1 });
    expect(stats.calls.map((c) => c.callKey)).toEqual(['issuePanel.get']);
  });

  const deepConfig = (levels: number) => {
    let config = '1';
    for (let i = 0; i < levels; i += 1) config = `{"a":${config}}`;
    return config;
  };

  it('refuses a frame whose config nests 5,000 deep (about 30 KB) with a 400, and stays up', async () => {
    const body = `{"moduleKey":"csi-decision-log","accountId":"u-editor","pageId":"30001","config":${deepConfig(5000)}}`;
    expect(body.length).toBeGreaterThan(30_000);
    const res = await post('/__local/frames', body);
    expect(res).toEqual({ status: 400, body: { error: 'Request body nests objects or arrays deeper than 64 levels' } });
    const alive = await fetch(`${base}/__local/stats`);
    expect(alive.status).toBe(200);
  });

  const bodies: Array<[string, string | undefined, string]> = [
    ['text/plain', 'text/plain', '{"token":"t","functionKey":"f"}'],
    ['form data', 'application/x-www-form-urlencoded', 'token=t&functionKey=f'],
    [
      'multipart form data',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="token"\r\n\r\nt\r\n--x--',
    ],
    ['XML', 'application/xml', '<invoke><token>t</token></invoke>'],
    ['no content type', undefined, '{"token":"t","functionKey":"f"}'],
  ];
  it.each(['/__local/invoke', '/__local/frames'])(
    '%s answers 415 to a body that is not declared JSON',
    async (path) => {
      for (const [, type, body] of bodies) {
        // A Uint8Array body makes fetch send no Content-Type of its own.
        const res = await fetch(base + path, {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: new TextEncoder().encode(body),
        });
        expect({ type, status: res.status, body: await res.json() }).toEqual({
          type,
          status: 415,
          body: {
            error: type
              ? `Content-Type must be application/json; it was '${type}'`
              : 'Content-Type must be application/json; none was sent',
          },
        });
      }
    },
  );

  it('answers 413 to a body over 1 MB, and stays up', async () => {
    const res = await post('/__local/invoke', JSON.stringify({ token: 'x'.repeat(1_100_000), functionKey: 'f' }));
    expect(res).toEqual({ status: 413, body: { error: 'Request body is larger than 1 MB' } });
    expect((await fetch(`${base}/__local/stats`)).status).toBe(200);
  });

  it('accepts a JSON media type with parameters and 64 levels of nesting', async () => {
    const res = await fetch(`${base}/__local/frames`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: `{"moduleKey":"csi-decision-log","accountId":"u-editor","pageId":"30001","config":${deepConfig(63)}}`,
    });
    expect(res.status).toBe(200);
  });

  it('runs a scheduled trigger on demand', async () => {
    const res = await post('/__local/scheduled/csi-verify-log', '{}');
    expect(res.status).toBe(200);
    expect(res.body.result).toMatchObject({ status: 'verified' });
  });
});
