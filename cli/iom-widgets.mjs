#!/usr/bin/env node
// `npx iom-widgets validate <file-or-url> [--lang ka]`. The checking code is
// the widgets' own validator, bundled by `npm run build` into dist/cli/; in a
// checkout without a build (or with IOM_CLI_SOURCE=1, as the tests do) it is
// bundled from the TypeScript source on the fly.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist/cli/validate.mjs');

async function load() {
  if (existsSync(built) && !process.env.IOM_CLI_SOURCE) return import(pathToFileURL(built).href);
  const { buildSync } = await import('esbuild');
  const out = join(mkdtempSync(join(tmpdir(), 'iom-cli-')), 'validate.mjs');
  buildSync({ entryPoints: [join(root, 'cli/validate.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node18', outfile: out, logLevel: 'error' });
  return import(pathToFileURL(out).href);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== 'validate') {
  const usage = 'Usage: iom-widgets validate <file-or-url> [--lang en|ka] [--strict] [--base <url>]';
  // Asked for: the answer, and success. Anything else: the same line, as an error.
  const asked = ['--help', '-h', 'help'].includes(command);
  (asked ? console.log : console.error)(usage);
  process.exit(asked ? 0 : 2);
}
const { main } = await load();
const code = await main(rest, {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  readFile: (path) => (path === '-' ? Promise.resolve(readFileSync(0, 'utf8')) : readFile(path, 'utf8')),
  fetchText: async (url) => {
    const r = await fetch(url, { signal: AbortSignal.timeout(20_000), headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error(`HTTP ${r.status} ${r.statusText}`);
    return { text: await r.text(), url: r.url || url };
  },
});
process.exitCode = code;
