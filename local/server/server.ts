import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { LocalHost } from '../host';
import { handleLocalRoute } from './local-routes';
import { HttpError, readBody, sendJson, sendText } from './http-utils';
import { handleWorkbenchRoute } from '../workbench/workbench-routes';
import { sendStatic } from './static-serving';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves the workbench, the app's static build (with the bridge injected), the product REST and `/__local/*`. */
export function createHttpServer(host: LocalHost): Server {
  const server = createServer((req, res) => {
    route(host, req, res).catch((error: unknown) => answerError(res, error));
  });
  // A malformed HTTP request (bad header, oversized header) gets a 400 and the socket closes; the host stays up.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** Answers a failed request without ever throwing: once headers are out, the only safe answer is to close. */
function answerError(res: ServerResponse, error: unknown): void {
  try {
    if (res.headersSent) {
      console.error('Local host error after the response started', error);
      res.destroy();
      return;
    }
    if (error instanceof HttpError) {
      // A refused body may still be arriving: close the connection rather than read the rest.
      const close: Record<string, string> = error.status === 413 ? { connection: 'close' } : {};
      sendJson(res, error.status, { error: error.message }, close);
      return;
    }
    console.error('Local host error', error);
    sendJson(res, 500, { error: 'The local host failed; see its console' });
  } catch (failure) {
    console.error('Local host could not answer', failure);
    res.destroy();
  }
}

async function route(host: LocalHost, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path.startsWith('/__local/') && (await handleLocalRoute(host, req, res, path))) return;
  if (path === '/__local/bridge.js') return sendFile(res, join(__dirname, '../workbench/bridge-client.js'));
  if (path === '/__local/theme.css') return sendText(res, 200, host.themeCss(), CONTENT_TYPES['.css'] as string);
  if (path.startsWith('/app/')) return serveApp(host, req, res, path.slice('/app/'.length));
  if (path.startsWith('/rest/') || path.startsWith('/wiki/')) return proxyProduct(host, req, res, url);
  if (await handleWorkbenchRoute(host, req, res, url)) return;
  throw new HttpError(404, `Nothing at ${path}. Start at / for the workbench.`);
}

function serveApp(host: LocalHost, req: IncomingMessage, res: ServerResponse, relative: string): void {
  const root = resolve(host.staticDir);
  const file = normalize(join(root, relative || 'index.html'));
  if (!file.startsWith(root)) throw new HttpError(400, 'Path escapes the app directory');
  if (!existsSync(file)) {
    throw new HttpError(404, `No ${relative || 'index.html'} in the app build; run \`npm run build\``);
  }
  if (file.endsWith('index.html')) {
    const html = readFileSync(file, 'utf8').replace('<head>', '<head><script src="/__local/bridge.js"></script>');
    return sendStatic(req, res, relative || 'index.html', Buffer.from(html), CONTENT_TYPES['.html'] as string);
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  sendStatic(
    req,
    res,
    file
      .slice(root.length + 1)
      .split('\\')
      .join('/'),
    readFileSync(file),
    type,
  );
}

function sendFile(res: ServerResponse, file: string): void {
  sendText(res, 200, readFileSync(file), CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
}

/** Product REST for people and tests, acting as the user in `x-local-account-id` (or as the app without it). */
async function proxyProduct(host: LocalHost, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  const account = req.headers['x-local-account-id'];
  const handler = url.pathname.startsWith('/wiki/') ? host.confluence : host.jira;
  const result = await host.outsideInvocation(() =>
    handler({
      method,
      path: url.pathname + url.search,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      body,
      actingAccountId: typeof account === 'string' && account !== '' ? account : undefined,
    }),
  );
  if (result.body === undefined || result.status === 204) {
    res.writeHead(result.status, result.headers ?? {});
    res.end();
    return;
  }
  sendJson(res, result.status, result.body, result.headers ?? {});
}
