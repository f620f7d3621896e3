// Module boundaries of the monorepo, checked by `npm run lint` (dependency-cruiser). Each rule's comment is
// printed under its violations, so it says what to do instead. Layout and reasons: ../shared/ARCHITECTURE.md.

/** Test code: specs, fixtures, helpers under a `testing/` folder, libs/testing, jest's own configuration. */
const TEST_CODE = ['\\.spec\\.tsx?$', '\\.fixture\\.ts$', '/testing/', '^libs/testing/', '(^|/)jest\\.(config|preset)\\.js$'];
/** An app's public entry (`@par/<app>` in tsconfig.base.json) and its entry for other projects' tests (`@par/<app>/testing`). */
const APP_ENTRIES = ['^apps/[^/]+/src/index\\.ts$', '^apps/[^/]+/src/testing/index\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'libs/domain holds the pure PAR rules (points, criteria, totals, index, classes, ranks): it imports only its own ' +
        'files and decimal.js, so that it runs anywhere and its tests need nothing. Move framework or I/O code to a service.',
      from: { path: '^libs/domain/src/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^libs/domain/', '(^|/)node_modules/decimal\\.js/'] },
    },
    {
      name: 'domain-tests-are-pure',
      severity: 'error',
      comment: "libs/domain's tests use its own files, decimal.js and fast-check (property tests) and nothing else.",
      from: { path: '^libs/domain/src/.+\\.spec\\.ts$' },
      to: { pathNot: ['^libs/domain/', '(^|/)node_modules/(decimal\\.js|fast-check)/'] },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      comment: 'Libraries sit below the services: an app may use a lib, never the reverse. Move what both need into a lib.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-only-through-public-entry',
      severity: 'error',
      comment:
        "Another app's files are its own business: reach an app only through its public entry apps/<app>/src/index.ts " +
        '(import from @par/<app>), or from tests through apps/<app>/src/testing/index.ts (@par/<app>/testing), and ' +
        'export from there what composition roots and tests need.',
      from: { path: '^(apps/[^/]+|tests|benchmarks|tools)/' },
      to: { path: '^apps/', pathNot: ['^$1/', ...APP_ENTRIES] },
    },
    {
      name: 'services-do-not-import-apps',
      severity: 'error',
      comment:
        'A service talks to the others through events and gRPC, never through their code (ARCHITECTURE.md). Only the ' +
        "composition roots (apps/cli, tests/) and a service's own test code may use another app's public entry.",
      from: { path: '^apps/([^/]+)/', pathNot: ['^apps/cli/', ...TEST_CODE] },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'service-domain-is-framework-free',
      severity: 'error',
      comment:
        "A service's domain/ (its deciders: decide and evolve) is pure: no NestJS, TypeORM, database, broker or gRPC. " +
        'Those belong to the handlers and adapters around it.',
      // A use case's own domain/ (apps/survey/src/published-index/domain) is a domain too.
      from: { path: ['^apps/[^/]+/src/domain/', '^apps/[^/]+/src/[^/]+/domain/'] },
      to: { path: ['(^|/)node_modules/(@nestjs|typeorm|pg|pg-[^/]+|kafkajs|@grpc)/', '^libs/(messaging|grpc-server)/'] },
    },
    {
      name: 'libs-only-through-public-entry',
      severity: 'error',
      comment:
        "A library's files behind its entry are its own business: import @par/<lib> (libs/<lib>/src/index.ts), or, " +
        'from tests, its test entry @par/<lib>/testing (libs/<lib>/src/testing/index.ts). This also keeps the ' +
        'no-circular-libs check exact.',
      from: { path: '^(apps/[^/]+|libs/[^/]+|tests|benchmarks|tools)/' },
      to: { path: '^libs/', pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/testing/index\\.ts$'] },
    },
    {
      name: 'production-code-imports-no-test-code',
      severity: 'error',
      comment:
        'Specs, fixtures, testing/ helpers and @par/testing (testcontainers, jest) must never reach a running service. ' +
        'Move what production code needs out of the test code.',
      from: { path: '^(apps|libs)/', pathNot: TEST_CODE },
      to: { path: [...TEST_CODE, '(^|/)node_modules/(fast-check|testcontainers|@testcontainers)/'] },
    },
    {
      name: 'web-talks-to-the-platform-over-http-only',
      severity: 'error',
      comment:
        'apps/web runs in a browser and reaches the platform only through the HTTP API (/api/v1): it imports no other ' +
        'app, no library (they are server code: decimal.js, zod, pg, Nest…) and no Node built-in. Types it shares ' +
        'with the API come from @par/contracts as `import type`, which the build erases. Its vite config and build ' +
        'tooling run in Node and are exempt.',
      from: { path: '^apps/web/', pathNot: ['^apps/web/vite\\.config\\.ts$', '^apps/web/tooling/'] },
      to: {
        path: ['^apps/(?!web/)', '^libs/'],
        pathNot: '^libs/contracts/src/index\\.ts$',
      },
    },
    {
      name: 'web-takes-only-types-from-contracts',
      severity: 'error',
      comment:
        "apps/web may name the API's shared types (Role, ResultsDocument…) but must not run contracts code in the " +
        "browser: write `import type { … } from '@par/contracts'`.",
      from: { path: '^apps/web/' },
      to: { path: '^libs/contracts/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-uses-no-node-built-ins',
      severity: 'error',
      comment: 'apps/web/src runs in a browser, where Node built-ins (fs, path, crypto…) do not exist.',
      from: { path: '^apps/web/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular-libs',
      severity: 'error',
      scope: 'folder',
      comment:
        'Libraries form layers (today domain < contracts < testing < event-store < messaging): a cycle between two, ' +
        'even through test code or `import type`, means neither can be understood, tested or changed alone. Move the ' +
        'shared piece into the lower library, or into the one that depends on the other.',
      from: { path: '^libs/[^/]+/src$' },
      to: { path: '^libs/[^/]+/src', circular: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other at run time, directly or in a ring, see each other half-loaded (undefined at ' +
        'import time) and cannot be read on their own. Extract what both need into a third module. Type-only and ' +
        'lazy (dynamic) imports do not count here: they leave no load-order trap.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // tools/boundaries/fixture breaks every rule on purpose: its spec cruises it on its own.
    exclude: { path: ['^(tmp|dist|coverage)/', '^\\.par-data/', '^tools/boundaries/fixture/'] },
    // `import type` counts: a type-only import still couples two modules (and two libraries).
    tsPreCompilationDeps: true,
    // Resolves the @par/* aliases exactly as the compiler does.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
  },
};
