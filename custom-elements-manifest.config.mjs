// `cem analyze`: the manifest that Storybook's controls and docs, IDEs and
// partners' tooling read. Generated from the elements' JSDoc, never by hand.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
