/**
 * The tested code blocks of the guides in docs/embed/. A fenced block is tested when its info
 * string carries `data-test="name"` (GitHub shows it as a plain block of that language):
 *
 *     ```html data-test="plain-page"
 *     <script type="module" src="…"></script>
 *     ```
 */
export interface TestedBlock {
  /** The guide it comes from, e.g. `docs/embed/html.md`. */
  file: string;
  /** The value of `data-test`. */
  name: string;
  /** The language of the fence (`html`, `json`, `text`). */
  lang: string;
  /** The block's text, without the fences. */
  code: string;
  /** The whole info string after the opening fence (language, `data-test`, other attributes). */
  info: string;
}

/** Every fenced block of `markdown`, tested or not (to check that none is left untested by mistake). */
export function fencedBlocks(markdown: string, file: string): (TestedBlock & { tested: boolean })[] {
  const out: (TestedBlock & { tested: boolean })[] = [];
  for (const m of markdown.matchAll(/^( *)```([^\n]*)\n([\s\S]*?)^\1```[ \t]*$/gm)) {
    const [, indent, info, body] = m;
    const name = /data-test="([^"]+)"/.exec(info)?.[1];
    const code = body
      .split('\n')
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join('\n');
    out.push({ file, name: name ?? '', lang: info.trim().split(/\s+/)[0] ?? '', code, info, tested: name !== undefined });
  }
  return out;
}

/** Fetches a guide (served by the test runner from the repository root). */
export async function guide(file: string): Promise<string> {
  const r = await fetch(`/${file}`);
  if (!r.ok) throw new Error(`could not load ${file} (HTTP ${r.status})`);
  return r.text();
}

/** The tested block `name` of `file`; throws when the guide has none (so a renamed block fails the test). */
export async function block(file: string, name: string): Promise<TestedBlock> {
  const found = fencedBlocks(await guide(file), file).filter((b) => b.name === name);
  if (found.length !== 1) throw new Error(`${file} has ${found.length} blocks marked data-test="${name}"; want exactly 1`);
  return found[0];
}
