// Checks of the repository's own tooling (lint rules); tools/boundaries/fixture is their input, not tests.
module.exports = {
  ...require('../jest.preset.js').base,
  displayName: 'tools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/fixture/'],
};
