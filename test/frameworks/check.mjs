// Type-checks the React and Preact examples of docs/frameworks.md against the shipped JSX typings
// (dist/jsx/, reached through package.json `exports` as a user's project reaches them), and a file of wrong
// uses, each marked `@ts-expect-error`, so a typing that lets a wrong use through fails too.
// Usage: node test/frameworks/check.mjs   (after npm run build)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The docs' code blocks that start with `// <file>.tsx`, by file name. */
export function docExamples(file = 'docs/frameworks.md') {
  const blocks = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/```(\w+)\n([\s\S]*?)```/g)) {
    const name = /^(?:\/\/|<!--)\s*([\w.-]+\.(?:tsx|ts|js|vue))\b/.exec(m[2])?.[1];
    if (name) blocks[name] = m[2];
  }
  return blocks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/jsx/react.d.ts')) {
    console.error('No dist/jsx/: run `npm run build` first.');
    process.exit(1);
  }

  const examples = docExamples();
  const dir = '.tmp/frameworks/types';
  mkdirSync(dir, { recursive: true });

  const wrong = {
    react: `import type {} from 'immuno-widgets/jsx-react';
  export const wrong = [
    // @ts-expect-error a misspelt attribute
    <immuno-faq searchible />,
    // @ts-expect-error a layout the widget does not have
    <immuno-how-it-works layout="diagonal" />,
    // @ts-expect-error a heading level in words
    <immuno-faq heading-level="three" />,
    // @ts-expect-error a therapy the checklist does not know
    <immuno-side-effect-checklist therapy="chemo" />,
    // @ts-expect-error the toggle event has no "question" in its detail
    <immuno-faq onimmuno-faq-toggle={(e) => e.detail.question} />,
    // @ts-expect-error content is a pack or "#id", not a number
    <immuno-therapy-explorer content={42} />,
  ];
  export const right = [<immuno-faq searchable heading-level="2" link-hash class="faq" id="faq" />, <immuno-how-it-works layout="list" step={2} />];
  `,
  };
  wrong.preact = wrong.react.replace("'immuno-widgets/jsx-react'", "'immuno-widgets/jsx-preact'");
  wrong.react = wrong.react.replace('class="faq"', 'className="faq"');

  // One compile per framework (tsc is slow on a shared machine): the docs example and the wrong uses together.
  const cases = [
    { name: 'React 19: the docs example compiles; each wrong use is an error', jsx: 'react', files: { 'FaqSection.tsx': examples['FaqSection.tsx'], 'wrong-react.tsx': wrong.react } },
    { name: 'Preact: the docs example compiles; each wrong use is an error', jsx: 'preact', files: { 'Checklist.tsx': examples['Checklist.tsx'], 'wrong-preact.tsx': wrong.preact } },
  ];

  let failed = 0;
  for (const c of cases) {
    const missing = Object.keys(c.files).filter((f) => !c.files[f]);
    if (missing.length) {
      failed++;
      console.log(`  FAIL  ${c.name}: no \`// ${missing.join()}\` block in docs/frameworks.md`);
      continue;
    }
    for (const [file, text] of Object.entries(c.files)) writeFileSync(`${dir}/${file}`, text);
    const config = `${dir}/tsconfig.${c.jsx}.json`;
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          jsxImportSource: c.jsx,
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: Object.keys(c.files),
      }),
    );
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', config], { encoding: 'utf8', stdio: 'pipe', timeout: 180000 });
      console.log(`  ok    ${c.name}`);
    } catch (e) {
      failed++;
      console.log(`  FAIL  ${c.name}\n${(e.stdout || e.message).replace(/^/gm, '        ')}`);
    }
  }
  console.log(failed ? `\nFramework typings: ${failed} failed` : '\nFramework typings: all passed');
  process.exitCode = failed ? 1 : 0;
}
