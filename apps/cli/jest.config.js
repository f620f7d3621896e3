const { base, withNest } = require('../../jest.preset.js');

// The specs drive `par` as a child process; some import the services' test fixtures, which may load Nest (ESM only).
module.exports = {
  ...withNest(base),
  displayName: 'cli',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
