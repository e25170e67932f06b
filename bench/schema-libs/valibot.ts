// The same representative slice of the content schema (metadata, rich text, FAQ section), in valibot.
import * as v from 'valibot';

const Text = v.pipe(v.string(), v.minLength(1));
const Url = v.pipe(v.string(), v.regex(/^(?:https?:|tel:|mailto:|(?![a-zA-Z][a-zA-Z0-9+.-]*:))/));
const Inline = v.union([Text, v.object({ text: Text, href: Url })]);
const Paragraph = v.union([Text, v.array(Inline)]);
const Block = v.union([Paragraph, v.object({ list: v.array(Paragraph), ordered: v.optional(v.boolean()) })]);
const Rich = v.union([Text, v.array(Block)]);
const Meta = v.object({
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/i)),
  sources: v.pipe(v.array(v.object({ title: Text, url: Url })), v.minLength(1)),
  lastReviewed: v.pipe(v.string(), v.isoDate()),
  reviewer: v.optional(Text),
  disclaimer: Rich,
});
const Pack = v.object({
  meta: Meta,
  faq: v.object({ items: v.array(v.object({ id: v.optional(Text), question: Text, answer: Rich, open: v.optional(v.boolean()) })) }),
  strings: v.optional(v.record(v.string(), Text)),
});

export const check = (x: unknown) => v.safeParse(Pack, x);
