module.exports = {
  ...require('../../jest.preset.js').base,
  displayName: 'cli',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
