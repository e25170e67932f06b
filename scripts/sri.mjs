// Subresource Integrity hashes of the built browser files (sha384, base64), for
// `<script type="module" src=… integrity=… crossorigin>`. Run by `npm run build`
// after everything is in dist/. Prints the bundle's hash and writes every
// browser file's hash to dist/sri.json: { "immuno-widgets.js": "sha384-…", "locales/es-….js": "sha384-…", … }.
// Paths are relative to dist/. See docs/embed/distribution.md.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The `integrity` value of a file's bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every browser-side .js under dist/ (not the Node CLI). */
function browserFiles(dir = 'dist') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'types' ? [] : browserFiles(path);
    return d.name.endsWith('.js') && path !== join('dist', 'cli.js') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hashes = Object.fromEntries(browserFiles().sort().map((f) => [relative('dist', f), sri(readFileSync(f))]));
  writeFileSync('dist/sri.json', `${JSON.stringify(hashes, null, 2)}\n`);
  const { version, name } = JSON.parse(readFileSync('package.json', 'utf8'));
  console.log(`\nSubresource Integrity of ${name}@${version} dist/immuno-widgets.js (all files: dist/sri.json):\n  integrity="${hashes['immuno-widgets.js']}"\n`);
}
