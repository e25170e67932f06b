// Writes dist/content.schema.json (from the one valibot schema) and
// dist/content/en.json (the built-in English pack, a template for hospitals).
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { ContentPackSchema } from '../src/content/schema.js';
import { en } from '../src/content/en/index.js';
import { text as es } from '../src/content/es/index.js';
import { text as hi } from '../src/content/hi/index.js';
import { localize } from '../src/content/translation.js';

const result = v.safeParse(ContentPackSchema, en);
if (!result.success) {
  for (const i of result.issues) console.error(`en pack: ${v.getDotPath(i)}: ${i.message}`);
  process.exit(1);
}

const schema = {
  ...toJsonSchema(ContentPackSchema, { errorMode: 'throw' }),
  $id: 'https://unpkg.com/immuno-widgets/dist/content.schema.json',
  title: 'immuno-widgets content pack',
  description:
    'Content for the immuno-widgets elements: pack metadata plus therapies, steps, symptoms and questions. Every section is optional; a widget falls back to its built-in section when its own is missing or unusable.',
};

mkdirSync('dist/content', { recursive: true });
writeFileSync('dist/content.schema.json', JSON.stringify(schema, null, 2) + '\n');
writeFileSync('dist/content/en.json', JSON.stringify({ $schema: '../content.schema.json', ...en }, null, 2) + '\n');
// The built-in translations as whole packs too, a start for a hospital's own reviewed copy.
for (const [lang, text] of [['es', es], ['hi', hi]] as const) {
  const { pack, missing } = localize(en, text);
  if (missing.length) {
    console.error(`${lang} pack lacks: ${missing.join(', ')}`);
    process.exit(1);
  }
  writeFileSync(`dist/content/${lang}.json`, JSON.stringify({ $schema: '../content.schema.json', ...pack }, null, 2) + '\n');
}
console.log('wrote dist/content.schema.json and dist/content/en.json, es.json, hi.json');
