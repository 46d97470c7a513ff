// `npm start` (after the build): serves the repository on 127.0.0.1 so the demo
// page loads dist/ exactly as a partner's page would load our script tag.
// No dependencies. PORT=8000 by default. `--csp` adds the strict policy of
// issue 6 to every HTML page (demo/strict.html is served with it regardless).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const PORT = Number(process.env.PORT ?? 8000);
const HOST = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.xml': 'application/xml; charset=utf-8', '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.map': 'application/json',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html iom-widgets";

/** `pages`: extra HTML pages by path (tests write partner pages there), `{ html, headers }`. */
export function startServer({ port = PORT, host = HOST, root = ROOT, csp = process.argv.includes('--csp'), cors = true, pages = new Map() } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const extra = pages.get(url.pathname);
    if (extra) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...extra.headers });
      return res.end(extra.html);
    }
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { Location: '/demo/' });
      return res.end();
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || /\/(node_modules|\.git)\//.test(file.slice(root.length))) {
      res.writeHead(403);
      return res.end('Forbidden');
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      // With CORS, so that a page on another origin reads a wrong feed URL as "404", not as a network failure.
      res.writeHead(404, { 'Content-Type': 'text/plain', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
      return res.end('Not found');
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    // Partners load our script and feed from another origin.
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (extname(file) === '.html' && (csp || file.endsWith('strict.html'))) headers['Content-Security-Policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`Demo: http://${HOST}:${PORT}/demo/   (embed builder: http://${HOST}:${PORT}/demo/builder.html)`);
}
