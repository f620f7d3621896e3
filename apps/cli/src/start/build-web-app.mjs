// `node build-web-app.mjs <vite config>`: the web UI built with vite's build API, in a process of its own, because
// vite sets NODE_ENV and keeps its bundler loaded, and the platform that starts it should inherit neither.
import { build } from 'vite';

const [configFile] = process.argv.slice(2);
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
await build({ configFile, logLevel: 'warn' });
