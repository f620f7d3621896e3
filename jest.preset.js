// Shared jest settings: SWC transpiles TypeScript (fast on 2 cores); `npm run typecheck` does the type checking.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

const base = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(path.join(__dirname, 'tsconfig.base.json')),
};

/** For projects whose tests cross real PostgreSQL and Kafka: resolves (and, if needed, starts) both once per run. */
const withInfrastructure = {
  ...base,
  globalSetup: path.join(__dirname, 'libs/testing/src/jest/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'libs/testing/src/jest/global-teardown.ts'),
};

/** For NestJS apps: Nest 12 ships ESM only, so its packages are compiled to CommonJS too (tools/jest/esm-packages.transform.js). */
const nestPackages = {
  transform: { '/node_modules/@nestjs/.+\\.js$': path.join(__dirname, 'tools/jest/esm-packages.transform.js') },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/)'],
};
const withNest = (preset) => ({
  ...preset,
  transform: { ...preset.transform, ...nestPackages.transform },
  transformIgnorePatterns: nestPackages.transformIgnorePatterns,
});

module.exports = { base, withInfrastructure, withNest };
