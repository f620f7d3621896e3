module.exports = {
  ...require('../../jest.preset.js').base,
  displayName: 'submissions',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
