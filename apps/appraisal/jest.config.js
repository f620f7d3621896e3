module.exports = {
  ...require('../../jest.preset.js').base,
  displayName: 'appraisal',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
