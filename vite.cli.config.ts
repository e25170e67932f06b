import { defineConfig } from 'vite';

/**
 * The command line (`immuno-widgets snippet|validate`) as one ES module for
 * Node ≥ 20: `dist/cli.js`, run by `bin/immuno-widgets.mjs`. Valibot and the
 * built-in content are bundled in, so `npx immuno-widgets` needs nothing
 * installed; Node's own modules stay imports. Built after the browser bundle,
 * into the same folder, which it must not empty.
 */
export default defineConfig({
  ssr: { noExternal: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { cli: 'src/cli/main.ts' },
      output: { format: 'es', entryFileNames: '[name].js', minify: false, comments: false },
    },
  },
});
