import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT_ASSET = /\.(js|css|svg|json)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes `x.br` and `x.gz` beside each text asset of the build, which the gateway sends to browsers that accept
 * them (apps/gateway/src/web): on a slow office network antd's JavaScript travels at about a quarter of its size,
 * compressed once at build time rather than on every request.
 */
export function precompress(): Plugin {
  return {
    name: 'par:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir as string;
      for (const fileName of Object.keys(bundle)) {
        if (!TEXT_ASSET.test(fileName)) continue;
        const bytes = readFileSync(join(outDir, fileName));
        if (bytes.length < MIN_BYTES) continue;
        writeFileSync(join(outDir, `${fileName}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(join(outDir, `${fileName}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
