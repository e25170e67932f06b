// Builds the peer components the FAQ benchmark compares with (bench-only dev
// dependencies), each from its own ES modules into one file a page loads, as a
// team's bundler would: bench/pages/peers/{shoelace,lion}.js (gitignored).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
/** Name, version and output of each peer, for the report. */
export const peers = {
  shoelace: { label: 'Shoelace <sl-details>', pkg: '@shoelace-style/shoelace', tag: 'sl-details' },
  lion: { label: 'Lion <lion-accordion>', pkg: '@lion/ui', tag: 'lion-accordion' },
};

/** Bundles the peers (minified, production Lit) and copies Shoelace's light theme; returns versions. */
export async function buildPeers() {
  const out = 'bench/pages/peers';
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: Object.keys(peers).map((k) => `bench/peers/${k}.js`),
    outdir: out,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    logLevel: 'warning',
  });
  // Shoelace's components read their design tokens from a theme stylesheet a team includes once.
  copyFileSync(require.resolve('@shoelace-style/shoelace/dist/themes/light.css'), `${out}/shoelace-light.css`);
  return Object.fromEntries(
    Object.entries(peers).map(([k, p]) => [k, { ...p, version: JSON.parse(readFileSync(`node_modules/${p.pkg}/package.json`, 'utf8')).version }]),
  );
}
