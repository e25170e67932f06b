import { defineConfig } from 'vite';

/**
 * The snippet renderer and pack validator for browsers: `dist/embed.js`
 * (src/embed/index.ts), one minified ES module with valibot and the built-in
 * English content inside, loaded by the embed builder (demo/embed.html) and the
 * WordPress block editor. It is not part of the widget bundle and not counted
 * in its size ceilings. Built after the browser bundle, into the same folder,
 * which it must not empty.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    reportCompressedSize: false,
    lib: { entry: { embed: 'src/embed/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      // The renderer writes Spanish labels, so it imports the Spanish strings the widget bundle loads on demand: expected here.
      onLog: (level, log, handler) => (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log)),
      output: { minify: true, comments: false, entryFileNames: '[name].js' },
    },
  },
});
