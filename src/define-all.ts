import * as elements from './elements.js';
import { defineElements } from './shared/define.js';
import { widgets } from './widgets.js';

/** Registers every widget of the registry (src/widgets.ts); safe to call more than once. */
export function defineAll(): void {
  defineElements(Object.fromEntries(widgets.map((w) => [w.tag, elements[w.className]])));
}
