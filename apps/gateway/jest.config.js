const path = require('node:path');
const { withInfrastructure, withNest } = require('../../jest.preset.js');

const nest = withNest(withInfrastructure);

// jose ships ESM only, like Nest 12: compiled to CommonJS by the same transform as the @nestjs packages.
module.exports = {
  ...nest,
  transform: { ...nest.transform, '/node_modules/jose/.+\\.js$': path.join(__dirname, '../../tools/jest/esm-packages.transform.js') },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  displayName: 'gateway',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
