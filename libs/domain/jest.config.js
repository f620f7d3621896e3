module.exports = {
  ...require('../../jest.preset.js').base,
  displayName: 'domain',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
