// The same representative slice of the content schema, in zod/mini.
import * as z from 'zod/mini';

const Text = z.string().check(z.minLength(1));
const Url = z.string().check(z.regex(/^(?:https?:|tel:|mailto:|(?![a-zA-Z][a-zA-Z0-9+.-]*:))/));
const Inline = z.union([Text, z.object({ text: Text, href: Url })]);
const Paragraph = z.union([Text, z.array(Inline)]);
const Block = z.union([Paragraph, z.object({ list: z.array(Paragraph), ordered: z.optional(z.boolean()) })]);
const Rich = z.union([Text, z.array(Block)]);
const Meta = z.object({
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/i)),
  sources: z.array(z.object({ title: Text, url: Url })).check(z.minLength(1)),
  lastReviewed: z.iso.date(),
  reviewer: z.optional(Text),
  disclaimer: Rich,
});
const Pack = z.object({
  meta: Meta,
  faq: z.object({ items: z.array(z.object({ id: z.optional(Text), question: Text, answer: Rich, open: z.optional(z.boolean()) })) }),
  strings: z.optional(z.record(z.string(), Text)),
});

export const check = (x: unknown) => z.safeParse(Pack, x);
