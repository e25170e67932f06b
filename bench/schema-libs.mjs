// Measures what each candidate schema library adds to a bundle for the same
// schema slice (minified, brotli). Run: node bench/schema-libs.mjs
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

export async function measureSchemaLibs() {
  const rows = [];
  for (const lib of ['valibot', 'zod-mini']) {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        lib: { entry: `bench/schema-libs/${lib}.ts`, formats: ['es'] },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
    });
    const code = (Array.isArray(out) ? out[0] : out).output[0].code;
    rows.push({ lib, raw: code.length, gzip: gzipSync(code).length, brotli: brotliCompressSync(code).length });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await measureSchemaLibs());
