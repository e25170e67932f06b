import type { StringValue } from '../content/schema.js';

export type { StringValue };

/**
 * One namespace's strings in one locale: every key of the English namespace
 * `T`, each text or plural forms. Used with `satisfies`, so a missing or
 * misspelt key is a compile error.
 */
export type Catalog<T> = { readonly [K in keyof T]: StringValue };
