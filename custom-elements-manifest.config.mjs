import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The manifest lists the public API only: members marked `private`,
 * `protected` or `@internal` (the analyzer drops the last itself) stay out, so
 * Storybook's docs and controls show what a page author can use.
 */
const publicOnly = {
  name: 'immuno-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? [])
      for (const decl of mod.declarations ?? [])
        if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
  },
};

/**
 * Writes `type.expandedText` on every attribute whose type is a named alias of
 * literals (`HowItWorksLayout` → `'auto' | 'horizontal' | 'vertical' | 'list'`),
 * resolved by TypeScript from the class itself, so tools that build forms or
 * typings from the manifest (the embed builder, the JSX typings) list the
 * values without a copy that could drift.
 */
const expandLiteralTypes = {
  name: 'immuno-expand-literal-types',
  packageLinkPhase({ customElementsManifest }) {
    const ts = require('typescript');
    const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
    const files = customElementsManifest.modules.map((m) => m.path).filter((p) => p.endsWith('.ts'));
    const program = ts.createProgram(files, { ...options, noEmit: true, types: [] });
    const checker = program.getTypeChecker();
    for (const mod of customElementsManifest.modules) {
      const source = program.getSourceFile(mod.path);
      if (!source) continue;
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement) continue;
        const node = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === decl.name);
        if (!node) continue;
        const type = checker.getTypeAtLocation(node);
        for (const attr of decl.attributes ?? []) {
          if (!attr.fieldName || !attr.type) continue;
          const prop = type.getProperty(attr.fieldName);
          if (!prop) continue;
          const t = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, node));
          const parts = t.isUnion() ? t.types : [t];
          if (parts.length > 1 && parts.every((p) => p.isStringLiteral() || p.isNumberLiteral()))
            attr.type.expandedText = parts.map((p) => JSON.stringify(p.value).replace(/^"|"$/g, "'")).join(' | ');
        }
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/shared/immuno-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicOnly, expandLiteralTypes],
};
