/**
 * Side-effect-free exports for bundler users. Import `immuno-widgets/define`
 * (or call `defineAll()`) to register the tags.
 */
export * from './elements.js';
export { defineAll } from './define-all.js';
export { defineElements } from './shared/define.js';
export { registerLocale } from './i18n/i18n.js';
export type { Strings } from './i18n/i18n.js';
export type { KeyOf, LocaleCatalog, Namespace, NamespacedStrings, NamespaceName, StringKey } from './i18n/en.js';
export type * from './content/schema.js';
export type { ContentIssue } from './content/validate.js';
