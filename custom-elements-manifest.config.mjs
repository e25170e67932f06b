/**
 * The manifest lists the public API only: members marked `private`,
 * `protected` or `@internal` (the analyzer drops the last itself) stay out, so
 * Storybook's docs and controls show what a page author can use.
 */
const publicOnly = {
  name: 'immuno-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? [])
      for (const decl of mod.declarations ?? [])
        if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/shared/immuno-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicOnly],
};
