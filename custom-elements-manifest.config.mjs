// `cem analyze`: the manifest that Storybook's controls and docs, IDEs and
// partners' tooling read. Generated from the elements' JSDoc, never by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The public API only. Lit's `static properties` list internal state too
 * (`{ state: true }`), which the analyzer reports as attributes, and private
 * methods and fields showed up in Storybook's Docs as if partners could use
 * them (and `@internal` ones, such as the locator's `now` for stories). A custom element without `@tagname` has no attributes, parts or events
 * in those Docs: the build stops instead.
 */
const publicApiOnly = () => ({
  name: 'iom-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    // `@internal` members: the analyzer drops the field, but lists it again from `static properties`.
    const internal = new Set();
    for (const f of readdirSync('src', { recursive: true })) {
      if (!String(f).endsWith('.ts')) continue;
      for (const m of readFileSync(join('src', String(f)), 'utf8').matchAll(/@internal\s*\*\/\s*(?:get\s+)?(\w+)/g)) internal.add(m[1]);
    }
    for (const mod of customElementsManifest.modules ?? []) {
      for (const d of mod.declarations ?? []) {
        if (d.kind !== 'class') continue;
        const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || internal.has(m.name)).map((m) => m.name));
        if (d.members) d.members = d.members.filter((m) => !hidden.has(m.name));
        if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
        if (d.customElement && !d.tagName) throw new Error(`${mod.path}: ${d.name} has no @tagname in its JSDoc.`);
      }
    }
  },
});

/**
 * What a partner writes in HTML: `string`, not `string | undefined` (an
 * attribute is either there or not), and a default named by a constant
 * (`DEFAULT_EXIT_URL`) written as its value. Storybook's controls read these
 * types: `string | undefined` gave a JSON editor for a URL.
 */
const htmlTypes = () => {
  const constants = new Map();
  for (const f of readdirSync('src', { recursive: true })) {
    if (!String(f).endsWith('.ts')) continue;
    for (const m of readFileSync(join('src', String(f)), 'utf8').matchAll(/export const ([A-Z][A-Z0-9_]*) = ('[^'\n]*');/g)) constants.set(m[1], m[2]);
  }
  const plain = (t) => t && { ...t, text: t.text.replace(/ \| undefined$/, '') };
  return {
    name: 'iom-html-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          for (const x of [...(d.members ?? []), ...(d.attributes ?? [])]) {
            if (x.type) x.type = plain(x.type);
            if (constants.has(x.default)) {
              x.default = constants.get(x.default);
              x.type ??= { text: 'string' };
            }
          }
        }
      }
    },
  };
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicApiOnly(), htmlTypes()],
};
