// Counts whitespace left inside the template literals of a built file: Lit's
// `html`, `svg` and `css` templates ship as written unless the build minifies
// them (vite.config.ts, @lit-labs/rollup-plugin-minify-html-literals). The
// bundle is minified, so tags are renamed: every template literal is counted.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Whitespace in the static parts (quasis) of every template literal of `file`.
 * @param {string} file path of a built JavaScript module
 * @returns {{ templates: number, spaceRuns: number, spaceChars: number, newlines: number, longRuns: string[] }}
 *   templates: static parts counted; spaceRuns / spaceChars: runs of 2+ spaces and their characters;
 *   newlines: literal line breaks; longRuns: each run of 2+ whitespace characters that holds a line
 *   break or 3+ spaces (indentation), quoted with 30 characters either side; unclosedShapes: SVG shapes
 *   (`<path …>`) with neither `/>` nor a closing tag, which a minifier that drops closing slashes leaves.
 */
export function templateWhitespace(file) {
  const code = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const quasis = [];
  const visit = (node) => {
    if (ts.isNoSubstitutionTemplateLiteral(node)) quasis.push(node.rawText ?? '');
    else if (ts.isTemplateExpression(node)) {
      quasis.push(node.head.rawText ?? '');
      for (const span of node.templateSpans) quasis.push(span.literal.rawText ?? '');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const result = { templates: quasis.length, spaceRuns: 0, spaceChars: 0, newlines: 0, longRuns: [], unclosedShapes: [] };
  for (const text of quasis) {
    for (const m of text.matchAll(/ {2,}/g)) {
      result.spaceRuns++;
      result.spaceChars += m[0].length;
    }
    result.newlines += (text.match(/\n/g) ?? []).length;
    for (const m of text.matchAll(/\s*\n\s*| {3,}/g))
      if (m[0].length >= 2) result.longRuns.push(JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)));
    // An SVG shape that lost its closing slash swallows the shapes after it (they are not drawn).
    for (const m of text.matchAll(/<(circle|ellipse|line|path|polygon|polyline|rect)\b[^<>]*>/g))
      if (!m[0].endsWith('/>') && !text.includes(`</${m[1]}>`, m.index)) result.unclosedShapes.push(JSON.stringify(m[0].slice(0, 60)));
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
    const { longRuns, unclosedShapes, ...counts } = templateWhitespace(file);
    console.log(file, { ...counts, longRuns: longRuns.length, unclosedShapes: unclosedShapes.length });
    if (process.argv.includes('--verbose')) console.log(longRuns.join('\n'));
  }
