import * as path from 'node:path';

/**
 * Where the .proto files live, and how every server and client loads them. The files import each other
 * by bare name (`import "common.proto"`), so loaders need PROTO_DIR in `includeDirs`.
 */
export const PROTO_DIR = path.resolve(__dirname, '..', '..', 'proto');

/** Absolute path of libs/contracts/proto/<service>.proto, e.g. protoPath('submissions'). */
export function protoPath(service: string): string {
  return path.join(PROTO_DIR, `${service}.proto`);
}

/**
 * @grpc/proto-loader options shared by servers (Nest's `loader` option) and clients, so both read
 * messages alike: camelCase fields, empty repeated fields as [], absent scalars as their default ('' , 0,
 * false) — an empty string therefore means "absent" in every request.
 */
export const PROTO_LOADER_OPTIONS = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  arrays: true,
  // No proto declares a oneof; a proto3 `optional` field is a synthetic one, and `oneofs: true` would add a
  // virtual `_field: "field"` beside every optional field that is set. Unset optional fields stay absent.
  oneofs: false,
  includeDirs: [PROTO_DIR],
};
