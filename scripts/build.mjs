// `npm run build`: ES modules + classic script (Vite), then a final esbuild
// minify pass (Vite's lib mode leaves /* @__PURE__ */ notes and long names that
// browsers loading us by script tag have no use for), then type declarations.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import { minify } from 'terser';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import ts from 'typescript';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// Vite 8 needs Node 20.19 or 22.12: older ones fail deep inside it, unclearly.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19) || (major === 22 && minor < 12) || major === 21) {
  console.error(`iom-widgets builds with Node 20.19+ or 22.12+ (Vite 8); this is Node ${process.versions.node}.`);
  process.exit(1);
}
// A minute of silence reads as a hang to a newcomer running \`npm start\`.
const say = (line) => process.env.QUIET_BUILD || console.log(line);

rmSync('dist', { recursive: true, force: true });
// One ES build per file, so each is self-contained (see vite.config.ts).
for (const entry of ['iom-widgets', 'iom-news-feed', 'iom-hotline-banner', 'iom-centre-locator', 'iom-event-calendar', 'iom-tile-map']) {
  say(`Building dist/${entry}.js…`);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_ENTRY: entry });
}
say('Building dist/iom-widgets.iife.js and dist/lib/…');
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_FORMAT: 'iife' });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_FORMAT: 'lib' });
say('Minifying…');

/**
 * Our fields and methods that only their own class uses: declared `private`
 * or `protected` (not `override`), and in src/ never named elsewhere as a
 * property (`x.name` on anything but `this`, an object key, a destructured
 * field, an interface member, a public member of another class) nor as a
 * string (Lit's changedProperties keys). Read with TypeScript's parser. The
 * last minifier renames them to a letter or two, as Lit's own build does with
 * its private fields (0.4 kB of dist/iom-widgets.js after brotli); terser
 * also leaves every name it knows from the DOM alone.
 */
function ownPrivateNames() {
  const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []);
  const declared = new Set();
  // Called by the browser, or by name: never renamed.
  const elsewhere = new Set(['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback', 'observedAttributes', 'handleEvent', 'toJSON', 'toString', 'valueOf']);
  const K = ts.SyntaxKind;
  for (const file of sources('src')) {
    const visit = (n) => {
      const name = n.name && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) ? n.name.text : undefined;
      if (ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n) || ts.isParameter(n)) {
        const mods = (ts.canHaveModifiers(n) && ts.getModifiers(n)) || [];
        const hidden = mods.some((m) => m.kind === K.PrivateKeyword || m.kind === K.ProtectedKeyword);
        const override = mods.some((m) => m.kind === K.OverrideKeyword);
        if (name && hidden && !override) declared.add(name);
        else if (name && !ts.isParameter(n)) elsewhere.add(name);
      } else if (ts.isPropertyAccessExpression(n)) {
        if (n.expression.kind !== K.ThisKeyword) elsewhere.add(n.name.text);
      } else if (ts.isPropertyAssignment(n) || ts.isPropertySignature(n) || ts.isMethodSignature(n) || ts.isShorthandPropertyAssignment(n)) {
        if (name) elsewhere.add(name);
      } else if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent)) {
        const key = n.propertyName ?? n.name;
        if (ts.isIdentifier(key) || ts.isStringLiteral(key)) elsewhere.add(key.text);
      } else if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
        elsewhere.add(n.text);
      }
      ts.forEachChild(n, visit);
    };
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  }
  return [...declared].filter((n) => !elsewhere.has(n));
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
  // Hoisting function declarations, a third pass, inlining only simple
  // functions, keeping `if … return` as written: each shortens some files after
  // brotli and lengthens others by up to 0.1 kB (its window finds other
  // repeats), and which one wins changes with any edit. Each file keeps
  // whichever is smallest, brotli as bench/size.mjs measures (the last three
  // tried on the entries only: the chunks are too small to gain).
  let best;
  const variants = [{}, { hoist_funs: true }, { hoist_funs: true, passes: 3 }];
  if (code.length > 20_000) variants.push({ inline: 1 }, { inline: 1, sequences: false }, { if_return: false }, { passes: 3 }, { hoist_funs: true, inline: 1 }, { join_vars: false }, { sequences: false }, { passes: 4 }, { hoist_funs: true, inline: 1, sequences: false }, { hoist_funs: true, inline: 1, passes: 3 });
  for (const more of variants) {
    const options = { module: !f.endsWith('.iife.js'), ecma: 2020, compress: { passes: 2, unsafe_arrows: true, ...more }, format: { ascii_only: false } };
    const once = await minify(code, { ...options, mangle: { properties: { regex: new RegExp(`^(?:${privateNames.join('|')})$`) } } });
    // A second run finds what the renaming and the first run's inlining opened up (35 B of dist/iom-widgets.js).
    const out = (await minify(once.code, options)).code;
    const size = brotliCompressSync(out, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    if (!best || size < best.size) best = { out, size };
  }
  writeFileSync(f, best.out);
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
