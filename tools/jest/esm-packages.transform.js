// Nest 12 ships ESM only, and jest (on Node 20) loads modules as CommonJS: the @nestjs packages are
// compiled to CommonJS by SWC, after their few `import.meta.url` (used only for createRequire) are
// pointed at the file itself, which CommonJS has no syntax for; their dynamic import()s become require()s.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { createTransformer } = require('@swc/jest');

// The rewrite below is part of the output: a change to this file must invalidate jest's cache.
const ownHash = createHash('sha256').update(fs.readFileSync(__filename)).digest('hex').slice(0, 16);

const swc = createTransformer({
  jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } },
  module: { type: 'commonjs' },
});

module.exports = {
  process(source, filename, options) {
    const withoutImportMeta = source
      // CommonJS already has the `require` this line would build.
      .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
      .replace(/import\.meta\.url/g, '("file://" + __filename)');
    return swc.process(withoutImportMeta, filename, options);
  },
  getCacheKey(source, filename, options) {
    return `esm-packages-${ownHash}:${swc.getCacheKey(source, filename, options)}`;
  },
};
