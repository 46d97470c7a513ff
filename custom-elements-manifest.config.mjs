// `cem analyze`: the manifest that Storybook's controls and docs, IDEs and
// partners' tooling read. Generated from the elements' JSDoc, never by hand.

/**
 * The public API only. Lit's `static properties` list internal state too
 * (`{ state: true }`), which the analyzer reports as attributes, and private
 * methods and fields showed up in Storybook's Docs as if partners could use
 * them. A custom element without `@tagname` has no attributes, parts or events
 * in those Docs: the build stops instead.
 */
const publicApiOnly = () => ({
  name: 'iom-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const d of mod.declarations ?? []) {
        if (d.kind !== 'class') continue;
        const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
        if (d.members) d.members = d.members.filter((m) => !hidden.has(m.name));
        if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
        if (d.customElement && !d.tagName) throw new Error(`${mod.path}: ${d.name} has no @tagname in its JSDoc.`);
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicApiOnly()],
};
