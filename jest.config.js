// `npm test` runs every project in one jest run, so one summary covers the whole repository.
const fs = require('node:fs');
const path = require('node:path');

const projectFolders = ['libs', 'apps']
  .flatMap((kind) => (fs.existsSync(path.join(__dirname, kind)) ? fs.readdirSync(path.join(__dirname, kind)).map((name) => path.join(kind, name)) : []))
  .concat(['tests', 'tools']);

module.exports = {
  projects: projectFolders.map((folder) => path.join(__dirname, folder, 'jest.config.js')).filter((config) => fs.existsSync(config)),
};
