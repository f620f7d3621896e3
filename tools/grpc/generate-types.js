#!/usr/bin/env node
// TypeScript types for the gRPC APIs, generated from libs/contracts/proto by @grpc/proto-loader's own
// generator, with the loader options the servers and clients use at run time (PROTO_LOADER_OPTIONS in
// libs/contracts/src/grpc/proto-path.ts, read from there): what the types say is what proto-loader hands over.
// Usage: node tools/grpc/generate-types.js [outDir]   (default: libs/contracts/src/grpc/generated)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

require('@swc-node/register');
const { PROTO_DIR, PROTO_LOADER_OPTIONS } = require('@par/contracts');

const root = path.resolve(__dirname, '..', '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'libs', 'contracts', 'src', 'grpc', 'generated'));
const generator = require.resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js');
const protos = fs
  .readdirSync(PROTO_DIR)
  .filter((file) => file.endsWith('.proto'))
  .sort();

/** Each loader option as the generator's flag: true as `--name`, false as `--name=false`, String/Number by name. */
function loaderFlags(options) {
  return Object.entries(options).flatMap(([name, value]) => {
    // Relative to PROTO_DIR, where the generator runs: the generated headers name the files relative to it.
    if (name === 'includeDirs') return value.map((dir) => `--includeDirs=${path.relative(PROTO_DIR, dir) || '.'}`);
    if (value === true) return [`--${name}`];
    if (value === false) return [`--${name}=false`];
    if (value === String || value === Number) return [`--${name}=${value.name}`];
    throw new Error(`generate-types: no flag for the loader option ${name}=${String(value)}`);
  });
}

fs.rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, [generator, ...loaderFlags(PROTO_LOADER_OPTIONS), '--grpcLib=@grpc/grpc-js', `--outDir=${outDir}`, ...protos], {
  cwd: PROTO_DIR,
  stdio: ['ignore', 'ignore', 'inherit'],
});
// The per-proto root files describe loadPackageDefinition's namespace object, which nothing here uses (and
// which declares unused names that the strict compiler refuses): the message and service files are kept.
for (const proto of protos) fs.rmSync(path.join(outDir, proto.replace(/\.proto$/, '.ts')));
console.log(`grpc types: ${protos.join(', ')} -> ${path.relative(root, outDir)}`);
