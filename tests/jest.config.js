const path = require('node:path');
const { withInfrastructure, withNest } = require('../jest.preset.js');

const nest = withNest(withInfrastructure);

// Cross-service end-to-end suite: the services and the gateway on real PostgreSQL and Kafka; tests/web, the web UI
// in headless chromium (playwright-core) against `npm start`.
// jose (the gateway's tokens) ships ESM only, like Nest 12: compiled to CommonJS by the same transform.
module.exports = {
  ...nest,
  transform: { ...nest.transform, '/node_modules/jose/.+\\.js$': path.join(__dirname, '../tools/jest/esm-packages.transform.js') },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
