/**
 * The self-contained bundle: one `<script type="module">` defines all four
 * elements. Also re-exports the public API.
 */
import './shared/start-mark.js';
import './define.js';

export * from './index.js';
