// Real HTTP routes for the browser tests, served by web-test-runner's own
// server (so same origin, no CORS): counted feeds, status codes, delays and
// bodies the network can really send. Tests call them under /__feed/.
import { readFileSync } from 'node:fs';

const fixture = () => readFileSync(new URL('../../demo/feed.json', import.meta.url));
const hits = new Map();
/** Bodies a test stored with PUT /__feed/body/<key>, served by GET on the same path. */
const bodies = new Map();
const readBody = (req) => new Promise((resolve, reject) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => resolve(Buffer.concat(chunks)));
  req.on('error', reject);
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A feed of about `mb` megabytes (a broken CMS export): 200-byte news items,
 * far more than the 10,000 a widget reads. Generated, never committed.
 */
export function bigFeed(mb) {
  const item = (i) => `{"id":"big${i}","published":"2014-06-24","title":{"ka":"სიახლე ${i}","en":"News ${i}"},"summary":"${'x'.repeat(120)}"}`;
  const parts = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const s = item(i);
    parts.push(s);
    size += s.length + 1;
  }
  return `{"version":1,"languages":["ka","en"],"news":[${parts.join(',')}]}`;
}
let bigCache;

export function feedServerMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__feed/')) return next();
    const [, , route, arg] = ctx.path.split('/');
    const key = ctx.path;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    ctx.set('Cache-Control', 'no-store');
    switch (route) {
      case 'hits': {
        // /__feed/hits/<encoded path> → how often that path was requested
        ctx.type = 'json';
        ctx.body = JSON.stringify(hits.get(decodeURIComponent(arg)) ?? 0);
        return;
      }
      case 'body': { // PUT stores a body (type from ?type=), GET serves it
        if (ctx.method === 'PUT') {
          bodies.set(arg, { body: await readBody(ctx.req), type: String(ctx.query.type ?? 'application/json') });
          hits.set(key, 0);
          ctx.status = 204;
          return;
        }
        const b = bodies.get(arg);
        if (!b) { ctx.status = 404; return; }
        const delay = Number(ctx.query.delay ?? 0);
        if (delay) await sleep(delay);
        ctx.type = b.type;
        ctx.body = b.body;
        return;
      }
      case 'fixture': // /__feed/fixture/<any key>: the sample feed, counted per key
        ctx.type = 'json';
        ctx.body = fixture();
        return;
      case 'delay': { // /__feed/delay/<ms>/<key>: the sample feed after a delay
        await sleep(Number(arg));
        ctx.type = 'json';
        ctx.body = fixture();
        return;
      }
      case 'status': // /__feed/status/<code>
        ctx.status = Number(arg);
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><title>${arg}</title><h1>Error ${arg}</h1>`;
        return;
      case 'html200':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html><body><h1>Our site is under maintenance</h1></body></html>';
        return;
      case 'echo': { // /__feed/echo/<key>?body=<urlencoded>&type=<mime>&delay=<ms>
        const delay = Number(ctx.query.delay ?? 0);
        if (delay) await sleep(delay);
        ctx.type = String(ctx.query.type ?? 'application/json');
        ctx.body = String(ctx.query.body ?? '');
        return;
      }
      case 'big': { // /__feed/big/<MB>: a feed of that size, generated here
        const mb = Math.min(Number(arg) || 1, 50);
        if (bigCache?.mb !== mb) bigCache = { mb, body: Buffer.from(bigFeed(mb)) };
        ctx.type = 'json';
        ctx.body = bigCache.body;
        return;
      }
      default:
        return next();
    }
  };
}
