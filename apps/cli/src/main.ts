// Run through @swc-node/register (package.json's `par` and `start`): it emits the decorator metadata
// the services' Nest providers are injected by.
import 'reflect-metadata';
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2)).then((code) => process.exit(code));
