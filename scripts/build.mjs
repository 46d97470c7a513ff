// `npm run build`: ES modules + classic script (Vite), then a final esbuild
// minify pass (Vite's lib mode leaves /* @__PURE__ */ notes and long names that
// browsers loading us by script tag have no use for), then type declarations.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import { minify } from 'terser';
import { createHash } from 'node:crypto';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
// One ES build per file, so each is self-contained (see vite.config.ts).
for (const entry of ['iom-widgets', 'iom-news-feed', 'iom-hotline-banner', 'iom-centre-locator', 'iom-event-calendar', 'iom-tile-map']) {
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_ENTRY: entry });
}
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_FORMAT: 'iife' });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_FORMAT: 'lib' });

/**
 * Our fields and methods that only their own class uses: declared `private`
 * or `protected`, and every other mention of the name in src/ is `this.name`.
 * The last minifier renames them to a letter or two, as Lit's own build does
 * with its private fields (0.3 kB of dist/iom-widgets.js after brotli). A
 * name met anywhere else (a string such as Lit's changedProperties keys, an
 * object key, a feed field, a DOM property, even a comment) keeps its name,
 * and so does every name terser knows from the DOM.
 */
function ownPrivateNames() {
  const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [readFileSync(join(dir, d.name), 'utf8')] : []);
  const all = sources('src').join('\n');
  const declared = new Set([...all.matchAll(/\b(?:private|protected)(?: static)?(?: readonly)?(?: get| set| async)? ([A-Za-z_]\w*)\b(?!\s*[,)])/g)].map((m) => m[1]));
  const count = (re) => (all.match(re) ?? []).length;
  return [...declared].filter((n) => !/^(?:override|readonly|static|declare|get|set|async|abstract)$/.test(n)
    && count(new RegExp(`\\b${n}\\b`, 'g')) === count(new RegExp(`\\bthis\\.${n}\\b`, 'g'))
      + count(new RegExp(`\\b(?:private|protected)(?: static)?(?: readonly)?(?: get| set| async)? ${n}\\b`, 'g')));
}
const privateNames = ownPrivateNames();

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
  d.isDirectory() ? (d.name === 'types' ? [] : files(join(dir, d.name))) : [join(dir, d.name)]);
for (const f of files('dist')) {
  if (f.endsWith('.map')) { rmSync(f); continue; }
  // dist/lib is for bundlers, which minify themselves.
  if (!f.endsWith('.js') || f.startsWith('dist/lib/')) continue;
  const { code } = transformSync(readFileSync(f, 'utf8'), {
    minify: true, charset: 'utf8', legalComments: 'none', target: 'es2021',
    format: f.endsWith('.iife.js') ? undefined : 'esm',
  });
  // Then terser, with its safe defaults run twice: 2.5 % under esbuild's
  // output after brotli (870 B of dist/iom-widgets.js), bytes every visitor
  // pays; esbuild alone leaves constants and short functions uninlined.
  // `unsafe_arrows` (function expressions that use neither `this` nor
  // `arguments` become arrows, 55 B more) is safe here: neither Lit nor our
  // code calls `new` on a function expression or reads its prototype.
  const out = await minify(code, { module: !f.endsWith('.iife.js'), ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, mangle: { properties: { regex: new RegExp(`^(?:${privateNames.join('|')})$`) } }, format: { ascii_only: false } });
  writeFileSync(f, out.code);
}

// Subresource Integrity: partners pin exactly the file they reviewed.
const sri = {};
for (const f of files('dist').filter((x) => x.endsWith('.js') && !x.startsWith('dist/lib/')).sort()) {
  sri[f.slice('dist/'.length)] = `sha384-${createHash('sha384').update(readFileSync(f)).digest('base64')}`;
}
writeFileSync('dist/sri.json', JSON.stringify(sri, null, 2) + '\n');
if (!process.env.QUIET_BUILD) {
  console.log('Subresource Integrity (integrity="…" crossorigin="anonymous"):');
  for (const [f, h] of Object.entries(sri)) if (!f.startsWith('chunks/')) console.log(`  ${f.padEnd(28)} ${h}`);
}

// The feed validator CLI (`npx iom-widgets validate`, bin: cli/iom-widgets.mjs) runs in Node.
buildSync({ entryPoints: ['cli/validate.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node18', outfile: 'dist/cli/validate.mjs', charset: 'utf8', logLevel: 'warning' });

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--litelement', '--quiet']);
