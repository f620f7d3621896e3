const { withInfrastructure, withNest } = require('../../jest.preset.js');

module.exports = {
  ...withNest(withInfrastructure),
  displayName: 'survey',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
