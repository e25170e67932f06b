/**
 * `immuno-widgets`: the command line for web teams.
 *
 *   immuno-widgets snippet <widget> [--content pack.json] [--lang xx] [--script url] [--attr name=value …] [--no-style]
 *                          [--form light-dom|json|reference] [--content-id id]
 *   immuno-widgets validate <pack.json>
 *
 * Built for Node ≥ 20 into dist/cli.js (vite.cli.config.ts); bin/immuno-widgets.mjs runs it.
 * Exit codes: 0 fine, 1 the content has problems, 2 the file is missing or not JSON, or the command is wrong.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderSnippet, snippetForms, widgetFor, widgets, type SnippetForm } from '../embed/render.js';
import { checkPack } from '../embed/check-pack.js';
import { parseJson } from '../embed/diagnose.js';

export const HELP = `Usage:
  immuno-widgets snippet <widget> [options]   print the HTML to paste into a page
  immuno-widgets validate <pack.json>         check a content pack; every problem with its field path and a fix

Widgets: ${widgets.map((w) => w.name + (w.aliases.length ? ` (or ${w.aliases.join(', ')})` : '')).join(', ')}

Options for snippet:
  --content <file.json>   your content pack (default: the built-in English content)
  --lang <code>           the language you want, e.g. es; the snippet is marked with the language of its text
  --script <url>          add the <script type="module"> tag that loads immuno-widgets.js from this URL
  --attr <name=value>     an attribute for the element; repeat for more (a bare name sets a true attribute)
  --no-style              leave out the <style> that keeps the page from jumping when the widget starts
  --form <form>           how the content is written: light-dom (default; the text is in the page),
                          json (a JSON script inside the element), or reference (a JSON script before
                          the element, which points at it with content="#id": the form CKEditor 5 keeps)
  --content-id <id>       the id of that JSON script (default immuno-<widget>-content); unique per page

Exit codes: 0 fine, 1 the content has problems (the snippet still has the valid parts),
2 the file is missing or is not JSON, or the command is wrong.
Docs: docs/embed/README.md`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}
const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

type Loaded = { ok: true; value: unknown } | { ok: false; code: 2 };

function load(file: string, io: Io): Loaded {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message}\n`);
    return { ok: false, code: 2 };
  }
  const r = parseJson(raw, file);
  if (!r.ok) {
    io.err(`${r.message}\n`);
    return { ok: false, code: 2 };
  }
  return { ok: true, value: r.value };
}

const line = (p: { path: string; message: string; hint?: string }) =>
  `  ${p.path || '(the pack)'}: ${p.message}${p.hint ? `\n    fix: ${p.hint}` : ''}\n`;

function validate(file: string, io: Io): number {
  const loaded = load(file, io);
  if (!loaded.ok) return loaded.code;
  const report = checkPack(loaded.value);
  const { errors, warnings } = report;
  if (errors.length) {
    io.err(`${file}: ${errors.length} problem${errors.length > 1 ? 's' : ''}; the widgets would leave these parts out or use their built-in content\n`);
    errors.forEach((e) => io.err(line(e)));
  }
  if (warnings.length) {
    io.err(`${file}: ${warnings.length} warning${warnings.length > 1 ? 's' : ''}\n`);
    warnings.forEach((w) => io.err(line(w)));
  }
  if (errors.length) return 1;
  const parts = Object.entries(report.found).map(([s, n]) => `${s}: ${n} item${n === 1 ? '' : 's'}`);
  io.out(`${file}: valid (${parts.join(', ')})\n`);
  return 0;
}

function snippet(name: string | undefined, values: Record<string, unknown>, io: Io): number {
  if (!name || !widgetFor(name)) {
    io.err(`${name ? `unknown widget "${name}"` : 'which widget?'}: use one of ${widgets.map((w) => w.name).join(', ')}\n`);
    return 2;
  }
  let content: unknown;
  if (typeof values.content === 'string') {
    const loaded = load(values.content, io);
    if (!loaded.ok) return loaded.code;
    content = loaded.value;
  }
  const attributes: Record<string, string | boolean> = {};
  for (const a of (values.attr as string[] | undefined) ?? []) {
    const at = a.indexOf('=');
    if (at === 0) {
      io.err(`--attr "${a}": write name=value\n`);
      return 2;
    }
    if (at < 0) attributes[a] = true;
    else attributes[a.slice(0, at)] = a.slice(at + 1);
  }
  const form = (values.form as string | undefined) ?? 'light-dom';
  if (!snippetForms.includes(form as SnippetForm)) {
    io.err(`--form "${form}": use one of ${snippetForms.join(', ')}\n`);
    return 2;
  }
  const contentId = values['content-id'] as string | undefined;
  if (contentId !== undefined && !/^[A-Za-z][\w-]*$/.test(contentId)) {
    io.err(`--content-id "${contentId}": use letters, digits, - and _, starting with a letter\n`);
    return 2;
  }
  const out = renderSnippet(name, {
    form: form as SnippetForm,
    contentId,
    content,
    lang: values.lang as string | undefined,
    script: values.script as string | undefined,
    attributes,
    style: values['no-style'] !== true,
  });
  out.warnings.forEach((w) => io.err(`warning: ${w}\n`));
  if (out.issues.length) {
    io.err(`${values.content}: ${out.issues.length} problem${out.issues.length > 1 ? 's' : ''}; left out of the snippet (run "immuno-widgets validate" for fixes)\n`);
    out.issues.forEach((i) => io.err(line(i)));
  }
  io.out(out.html);
  return out.issues.length ? 1 : 0;
}

/** Runs the CLI; resolves to the exit code. */
export function main(argv: readonly string[], io: Io = processIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        lang: { type: 'string' },
        script: { type: 'string' },
        attr: { type: 'string', multiple: true },
        'no-style': { type: 'boolean' },
        form: { type: 'string' },
        'content-id': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const [command, target, ...rest] = parsed.positionals;
  if (parsed.values.help || command === 'help' || !command) {
    (command || parsed.values.help ? io.out : io.err)(`${HELP}\n`);
    return command || parsed.values.help ? 0 : 2;
  }
  if (rest.length) {
    io.err(`unexpected "${rest.join(' ')}"\n\n${HELP}\n`);
    return 2;
  }
  if (command === 'snippet') return snippet(target, parsed.values, io);
  if (command === 'validate') {
    if (!target) {
      io.err('which file? immuno-widgets validate <pack.json>\n');
      return 2;
    }
    return validate(target, io);
  }
  io.err(`unknown command "${command}"\n\n${HELP}\n`);
  return 2;
}
