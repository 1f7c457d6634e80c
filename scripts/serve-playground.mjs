#!/usr/bin/env node
// Static server for the built playground (.output/playground), 127.0.0.1 only.
// Each page is a single-page app: an unknown path under /<page>/ serves that
// page's index.html, so /messenger/t/123 and /x-chat/i/chat/9 load directly.
//
//   node scripts/serve-playground.mjs [port]      (or PLAYGROUND_PORT; default 4173)
//   import { startServer } from './scripts/serve-playground.mjs'
//   const { url, close } = await startServer(0)  // 0 picks a free port
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)), '.output', 'playground');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Absolute file path for a URL path, or null when it would leave ROOT. */
function toFile(urlPath) {
  const file = normalize(join(ROOT, urlPath));
  return file === ROOT || file.startsWith(ROOT + sep) ? file : null;
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a request path to [status, file, redirect]. */
async function route(pathname) {
  const file = toFile(pathname);
  if (!file) return [403, null, null];
  if (await isFile(file)) return [200, file, null];
  if (await isFile(join(file, 'index.html'))) {
    // "/whatsapp" -> "/whatsapp/": pages use relative-free absolute assets, but
    // keep one canonical URL per page like a real static host.
    if (!pathname.endsWith('/')) return [301, null, `${pathname}/`];
    return [200, join(file, 'index.html'), null];
  }
  // SPA fallback: the first path segment names the page.
  const page = pathname.split('/').filter(Boolean)[0];
  if (page && !extname(pathname)) {
    const index = toFile(`/${page}/index.html`);
    if (index && (await isFile(index))) return [200, index, null];
  }
  return [404, null, null];
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const [status, file, redirect] = await route(pathname);
  if (redirect) {
    const search = new URL(req.url ?? '/', 'http://localhost').search;
    res.writeHead(status, { Location: redirect + search }).end();
    return;
  }
  if (!file) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(status === 404 ? 'Not found' : 'Forbidden');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the server on 127.0.0.1.
 * @param {number} [port] 0 picks a free port.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(port = DEFAULT_PORT) {
  if (!(await isFile(join(ROOT, 'index.html')))) {
    throw new Error(`${ROOT} has no build: run "npm run playground:build" first.`);
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => ok(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${HOST}:${actual}`,
    port: actual,
    close: () =>
      new Promise((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.argv[2] ?? process.env.PLAYGROUND_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${process.argv[2] ?? process.env.PLAYGROUND_PORT}`);
    process.exit(2);
  }
  const { url, close } = await startServer(port);
  console.log(`Playground on ${url}/`);
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
