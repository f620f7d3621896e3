module.exports = {
  ...require('../../jest.preset.js').base,
  displayName: 'config',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
