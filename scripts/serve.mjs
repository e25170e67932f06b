// A small static file server for the demo, the e2e tests and the benchmark.
// Serves the project folder; `/` redirects to the demo page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Starts a server on 127.0.0.1. `headers(pathname)` may add response headers
 * (the e2e tests use it to send a strict Content-Security-Policy); `routes`
 * maps a pathname to its own `(req, res, url)` handler (a streamed response, a
 * delayed bundle). `compress: true` sends text files brotli- or gzip-encoded when
 * the browser accepts it, as any production host or CDN does (the benchmark's
 * Lighthouse runs and `npm start` use it; the tests read raw bytes).
 */
export function serve({ root = '.', port = 0, headers = () => ({}), routes = {}, compress = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (routes[url.pathname]) return routes[url.pathname](req, res, url);
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' });
      return res.end();
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const encoding = compress && /^(text\/|application\/json|image\/svg)/.test(type) ? pickEncoding(req.headers['accept-encoding']) : null;
      if (encoding) body = await compressed(path, encoding, body);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
        ...headers(url.pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })),
  );
}

/** Compressed once per file version, as a host's static cache would: the benchmark times the page, not the server. */
const cache = new Map();
async function compressed(path, encoding, body) {
  const key = `${path}\0${encoding}\0${(await stat(path)).mtimeMs}`;
  if (!cache.has(key))
    cache.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
  return cache.get(key);
}

function pickEncoding(accept = '') {
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ port, compress: true });
  console.log(`Demo: ${url}/demo/   (Ctrl+C to stop)`);
}
