module.exports = {
  ...require('../../jest.preset.js').withInfrastructure,
  displayName: 'event-store',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
