import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { precompress } from './tooling/precompress';

/** apps/web, whatever directory vite or vitest is started from (`npm run web:build` runs at the repository root). */
const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `npm test`'s vitest run leaves its counts, which .ci/run adds to jest's in its closing line. */
const results = fileURLToPath(new URL('../../tmp/vitest-results.json', import.meta.url));

// The web UI (issue 9): built into dist/, which the gateway serves at `/` (apps/gateway/src/web). In development
// (`npm run web:dev`) vite serves it with hot reload and forwards /api to a running `npm start` (PAR_API_URL).
export default defineConfig({
  root,
  // Vite's and vitest's caches with the repository's other tool caches, not in an apps/web/node_modules of their own.
  cacheDir: fileURLToPath(new URL('../../node_modules/.cache/vite-web', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: a release that changes only our screens leaves them in the browser's cache.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack|i18next|react-i18next)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
          ],
        },
      },
    },
    // antd is one chunk of about 1 MB (about 300 kB as sent, precompressed), cached for a year under its hash.
    chunkSizeWarningLimit: 1300,
  },
  server: {
    port: 5173,
    proxy: { '/api': process.env.PAR_API_URL ?? 'http://127.0.0.1:3000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: results },
    // antd renders a whole screen in jsdom in a few seconds on a 2-core machine.
    testTimeout: 20_000,
  },
});
