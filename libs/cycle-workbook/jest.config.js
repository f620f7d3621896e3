module.exports = {
  ...require('../../jest.preset.js').base,
  displayName: 'cycle-workbook',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
