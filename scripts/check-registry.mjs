// Checks the widget registry (src/widgets.ts) against what lives outside
// TypeScript's reach: the folders under src/components/, the docs pages and
// package.json `exports` (JSON cannot import the registry, so it is checked).
// Run by `npm test`; exits 1 listing every mismatch.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { widgets } = await tsImport('../src/widgets.ts', import.meta.url);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const names = new Set(widgets.map((w) => w.name));

// 1. One folder per registry line, and no widget folder outside the registry.
const folders = readdirSync('src/components', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
for (const f of folders) if (!names.has(f)) problems.push(`src/components/${f}/ is not in the registry (src/widgets.ts)`);
for (const { name } of widgets) {
  if (!folders.includes(name)) {
    problems.push(`the registry names "${name}" but src/components/${name}/ does not exist`);
    continue;
  }
  for (const file of [`src/components/${name}/${name}.ts`, `src/components/${name}/define.ts`, `docs/${name}.md`])
    if (!existsSync(file)) problems.push(`${file} is missing for the registry's "${name}"`);
}

// 2. package.json: each widget's entry, with types that declare what the entry exports.
for (const { name } of widgets) {
  const expected = { types: `./dist/types/components/${name}/define.d.ts`, default: `./dist/${name}.js` };
  const actual = pkg.exports[`./${name}`];
  if (!isDeepStrictEqual(actual, expected))
    problems.push(`package.json exports["./${name}"] is ${JSON.stringify(actual)}; expected ${JSON.stringify(expected)}`);
}
// An entry built from a component folder is a widget entry: it must be in the registry.
for (const [key, value] of Object.entries(pkg.exports)) {
  const types = typeof value === 'object' ? value.types : undefined;
  if (types?.startsWith('./dist/types/components/') && !names.has(key.slice(2)))
    problems.push(`package.json exports["${key}"] points into a component folder but "${key.slice(2)}" is not in the registry`);
}

if (problems.length) {
  console.error(`Widget registry out of step:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Widget registry: ${widgets.length} widgets, each with its folder, entry, docs page and package export.`);
