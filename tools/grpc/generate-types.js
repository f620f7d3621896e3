#!/usr/bin/env node
// TypeScript types for the gRPC APIs, generated from libs/contracts/proto by @grpc/proto-loader's own
// generator, with the same loader options the servers and clients use at run time
// (libs/contracts/src/grpc/proto-path.ts): what the types say is what proto-loader hands over.
// Usage: node tools/grpc/generate-types.js [outDir]   (default: libs/contracts/src/grpc/generated)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const protoDir = path.join(root, 'libs', 'contracts', 'proto');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'libs', 'contracts', 'src', 'grpc', 'generated'));
const generator = require.resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js');
const protos = fs
  .readdirSync(protoDir)
  .filter((file) => file.endsWith('.proto'))
  .sort();

fs.rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    generator,
    '--keepCase=false',
    '--longs=String',
    '--enums=String',
    '--defaults',
    '--arrays',
    '--grpcLib=@grpc/grpc-js',
    '--includeDirs=.',
    `--outDir=${outDir}`,
    ...protos,
  ],
  { cwd: protoDir, stdio: ['ignore', 'ignore', 'inherit'] },
);
// The per-proto root files describe loadPackageDefinition's namespace object, which nothing here uses (and
// which declares unused names that the strict compiler refuses): the message and service files are kept.
for (const proto of protos) fs.rmSync(path.join(outDir, proto.replace(/\.proto$/, '.ts')));
console.log(`grpc types: ${protos.join(', ')} -> ${path.relative(root, outDir)}`);
