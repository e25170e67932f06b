export default {
  globs: ['src/components/**/*.ts', 'src/shared/immuno-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
