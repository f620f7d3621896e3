module.exports = {
  ...require('../../jest.preset.js').base,
  displayName: 'testing',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
