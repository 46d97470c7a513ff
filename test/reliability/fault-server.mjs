// A real, misbehaving feed host for test/reliability/network.test.ts: two Node
// HTTP servers on 127.0.0.1, started with the test run (a web-test-runner
// plugin). The first allows CORS; the second serves the same feeds without
// Access-Control-Allow-Origin (a CORS refusal). Each feed URL /f/<key> behaves
// as its mode says, set by the test with /mode/<key>/<mode>:
//   ok        the sample feed (demo/feed.json)
//   404, 500  that status, with an HTML error page
//   loop      a redirect to itself, forever
//   hang      headers never come (no answer)
//   trickle   status and headers, then one byte of the feed a second
//   slow      the feed at about 20 kB/s (a 2G phone), 1 kB every 50 ms
//   reset     half the body, then the connection is cut
//   html-type the sample feed labelled text/html; png-type: labelled image/png
//   refuse    the connection is cut before any answer (the host went away)
// /stats/<key> → { hits, bytes, closed }: requests, body bytes sent, connections the client closed.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const fixture = () => readFileSync(new URL('../../demo/feed.json', import.meta.url));
const state = new Map(); // key → { mode, hits, bytes, closed }
const get = (key) => {
  if (!state.has(key)) state.set(key, { mode: 'ok', hits: 0, bytes: 0, closed: 0 });
  return state.get(key);
};
const sockets = new Set();

function handler(cors) {
  return (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const [, route, key, arg] = url.pathname.split('/');
    const headers = { 'cache-control': 'no-store', ...(cors ? { 'access-control-allow-origin': '*' } : {}) };
    const json = (body) => res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (route === 'mode') {
      const s = get(key);
      s.mode = arg;
      return json(s);
    }
    if (route === 'stats') return json(get(key));
    if (route !== 'f') return res.writeHead(404, headers).end();
    const s = get(key);
    s.hits++;
    res.once('close', () => {
      if (!res.writableFinished) s.closed++; // the client gave up (a timeout aborted the fetch)
    });
    const body = fixture();
    switch (s.mode) {
      case 'ok':
      case 'html-type':
      case 'png-type': {
        const type = { ok: 'application/json; charset=utf-8', 'html-type': 'text/html', 'png-type': 'image/png' }[s.mode];
        s.bytes += body.length;
        return res.writeHead(200, { ...headers, 'content-type': type }).end(body);
      }
      case '404':
      case '500':
        return res.writeHead(Number(s.mode), { ...headers, 'content-type': 'text/html' }).end(`<!doctype html><title>${s.mode}</title><h1>Error ${s.mode}</h1>`);
      case 'loop':
        return res.writeHead(302, { ...headers, location: `/f/${key}?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end();
      case 'hang':
        return; // never answer; the socket is destroyed when the servers stop
      case 'trickle': {
        res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': body.length });
        let i = 0;
        const tick = () => {
          if (res.destroyed || i >= body.length) return;
          res.write(body.subarray(i, i + 1));
          i++;
          s.bytes++;
          timer = setTimeout(tick, 1000);
        };
        let timer = setTimeout(tick, 0);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'slow': {
        res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': body.length });
        let i = 0;
        const tick = () => {
          if (res.destroyed) return;
          if (i >= body.length) return void res.end();
          res.write(body.subarray(i, i + 1024));
          s.bytes += Math.min(1024, body.length - i);
          i += 1024;
          timer = setTimeout(tick, 50);
        };
        let timer = setTimeout(tick, 0);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'reset': {
        res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': body.length });
        res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => req.socket.destroy(), 50));
        s.bytes += body.length >> 1;
        return;
      }
      case 'refuse':
        return req.socket.destroy();
      default:
        return res.writeHead(400, headers).end(`unknown mode ${s.mode}`);
    }
  };
}

function listen(server) {
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

/** web-test-runner plugin: starts the servers with the run; tests read their addresses from /__fault/ports. */
export function faultServerPlugin() {
  let servers = [];
  let ports;
  return {
    name: 'iom-fault-server',
    async serverStart() {
      servers = [createServer(handler(true)), createServer(handler(false))];
      const [open, refusing] = await Promise.all(servers.map(listen));
      ports = { open, refusing };
    },
    async serverStop() {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
    serve(context) {
      if (context.path === '/__fault/ports') return { body: JSON.stringify(ports), type: 'json' };
    },
  };
}
