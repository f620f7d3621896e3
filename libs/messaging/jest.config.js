module.exports = {
  ...require('../../jest.preset.js').withInfrastructure,
  displayName: 'messaging',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
