/**
 * Registers every tag: `import 'immuno-widgets/define'`. Safe when loaded
 * more than once (see `defineElements`).
 */
import { defineAll } from './define-all.js';

export { defineAll };

defineAll();
