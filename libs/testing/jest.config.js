module.exports = {
  ...require('../../jest.preset.js').withInfrastructure,
  displayName: 'testing',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
