// Run through @swc-node/register (package.json's `par` and `start`): it emits the decorator metadata
// the services' Nest providers are injected by.
import 'reflect-metadata';
import { runCli } from './cli/run-cli';

/** Resolves once everything written so far has left the process: a pipe takes large writes asynchronously. */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

// process.exit drops what a slow reader has not yet taken from the pipe (a 490 KB export was cut short in CI).
runCli(process.argv.slice(2)).then(async (code) => {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
