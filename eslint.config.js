import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.tmp/', 'storybook-static/', 'node_modules/', 'bench/results*', 'bench/pages/peers/', 'coverage/', 'integrations/wordpress/immuno-widgets/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(
      Object.keys(litA11y.rules)
        .filter((r) => litA11y.configs.recommended.rules[`lit-a11y/${r}`])
        .map((r) => [`lit-a11y/${r}`, litA11y.configs.recommended.rules[`lit-a11y/${r}`]]),
    ),
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The content validator is swapped by editing src/content/ alone.
    files: ['src/**'],
    ignores: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['valibot', 'valibot/*', '@valibot/*'], message: 'Import the validator only inside src/content/ (use sections.ts and validate.ts).' }] },
      ],
    },
  },
  {
    files: ['test/**'],
    // chai's `expect(x).to.exist` is an expression by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
