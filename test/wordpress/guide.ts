/**
 * The snippets of docs/embed/wordpress.md, for the WordPress test. Every
 * fenced block in the guide is preceded by an HTML comment (invisible on the
 * rendered page) saying how a person would use it and what must happen:
 *
 *   <!-- wordpress-test: name="…" kind=pack file=our-faq.json -->        a content pack: it must be valid
 *   <!-- wordpress-test: name="…" kind=cli -->                          a command: its output must be the next snippet
 *   <!-- wordpress-test: name="…" plugin=yes|no runs="admin:html:works author:none:stripped" tags=immuno-faq shows="…" -->
 *
 * A run is `user:where:expect`: `html` is a Custom HTML block, `none` classic
 * content (the Text tab; `wpautop` runs); `works` means every widget in
 * `tags` upgrades with the snippet's text, `stripped` that WordPress removed
 * the tags and the script. A fenced block without such a comment fails the
 * test: every snippet in the guide is tested.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GuideRun {
  user: string;
  wrap?: (code: string) => string;
  expect: 'works' | 'stripped';
}

export interface GuideSnippet {
  name: string;
  kind: 'pack' | 'cli' | 'post';
  file?: string;
  plugin: boolean;
  code: string;
  runs: GuideRun[];
  tags: string[];
  /** Text the widget must show (its content came from the snippet). */
  shows?: string;
}

export const guidePath = join(dirname(new URL(import.meta.url).pathname), '../../docs/embed/wordpress.md');

export function snippets(): GuideSnippet[] {
  const text = readFileSync(guidePath, 'utf8');
  const out: GuideSnippet[] = [];
  const fence = /(?:<!-- wordpress-test: (.*?) -->\s*\n)?```(\w*)\n([\s\S]*?)\n```/g;
  for (const m of text.matchAll(fence)) {
    if (!m[1]) throw new Error(`docs/embed/wordpress.md: a snippet without a wordpress-test comment (every snippet is tested):\n${m[3].slice(0, 200)}`);
    const opts = Object.fromEntries([...m[1].matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g)].map((x) => [x[1], x[2] ?? x[3]]));
    const runs = (opts.runs ?? '').split(/\s+/).filter(Boolean).map((r): GuideRun => {
      const [user, where, expect] = r.split(':');
      return {
        user,
        wrap: where === 'html' ? (c) => `<!-- wp:html -->\n${c}\n<!-- /wp:html -->` : undefined,
        expect: expect === 'stripped' ? 'stripped' : 'works',
      };
    });
    out.push({
      name: opts.name,
      kind: opts.kind === 'pack' || opts.kind === 'cli' ? opts.kind : 'post',
      file: opts.file,
      plugin: opts.plugin === 'yes',
      code: m[3],
      runs,
      tags: (opts.tags ?? '').split(',').filter(Boolean),
      shows: opts.shows,
    });
  }
  return out;
}
