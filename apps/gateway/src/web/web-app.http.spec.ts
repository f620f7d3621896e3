import type { INestApplication } from '@nestjs/common';
import { freePort } from '@par/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createGatewayApp } from '../gateway.app';
import type { DemoAccount } from './demo-accounts';

jest.setTimeout(60_000);

const SECRET = 'test-secret-for-the-gateway-only-0123456789';
const INDEX = '<!doctype html><title>Chỉ số CCHC</title><script type="module" src="/assets/index-4f2a9c.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

/** A build as `vite build` leaves it: index.html and hashed assets, the larger ones with .br and .gz copies. */
function builtWebApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'par-web-dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets/index-4f2a9c.js'), SCRIPT);
  writeFileSync(join(root, 'assets/index-4f2a9c.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(root, 'assets/index-4f2a9c.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(root, 'assets/index-77aa01.css'), 'body{margin:0}');
  return root;
}

async function listening(options: Parameters<typeof createGatewayApp>[1]): Promise<{ origin: string; app: INestApplication }> {
  // Nothing listens at the services' address: these routes never call a service.
  const app = await createGatewayApp({ services: { submissions: '127.0.0.1:9' }, auth: { secret: SECRET } }, options);
  const port = await freePort();
  await app.listen(port, '127.0.0.1');
  return { origin: `http://127.0.0.1:${port}`, app };
}

describe('the gateway serves the web UI at / beside the API', () => {
  const root = builtWebApp();
  let gateway: { origin: string; app: INestApplication };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${gateway.origin}${path}`, { headers });

  beforeAll(async () => {
    gateway = await listening({ webRoot: root });
  });
  afterAll(async () => {
    await gateway?.app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('/ is the app’s index.html, never cached, so that a new release is loaded at once', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it('any other path outside /api is the app too (its own routes survive a reload or a bookmark)', async () => {
    for (const path of ['/sign-in', '/cycles/demo-2025/results', '/cycles/demo-2025/results?group=departments']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('hashed assets are cached for a year and sent precompressed to a browser that accepts it', async () => {
    const brotli = await get('/assets/index-4f2a9c.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
    expect(await brotli.text()).toBe(SCRIPT); // fetch decodes it

    const gzip = await get('/assets/index-4f2a9c.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(SCRIPT);

    const plain = await get('/assets/index-4f2a9c.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);

    const css = await get('/assets/index-77aa01.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('content-encoding')).toBeNull();
  });

  it('a missing asset is a 404, never the index page run as a script; nothing outside the build is reachable', async () => {
    for (const path of ['/assets/index-000000.js', '/assets/..%2F..%2Fpackage.json', '/assets/', '/assets/nested/index-4f2a9c.js']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('<title>');
    }
  });

  it('the API and its docs are unchanged: an unknown API route is still a 404 problem', async () => {
    const unknown = await get('/api/v1/khong-co');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('ROUTE_NOT_FOUND');
    expect((await get('/api/v1/cycles/demo-2025')).status).toBe(401);
    const docs = await get('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });

  it('a command sent outside /api is not taken for the app', async () => {
    const response = await fetch(`${gateway.origin}/cycles`, { method: 'POST' });
    expect(response.status).toBe(404);
  });

  it('without demo accounts (every real deployment) there is no demo route', async () => {
    const response = await get('/api/v1/demo/accounts');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('the embedded demo’s accounts', () => {
  const accounts: DemoAccount[] = [
    { sub: 'admin.sonoivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu', token: 'token-1' },
    { sub: 'viewer.bonoivu', role: 'NATIONAL_VIEWER', unitId: null, token: 'token-2' },
  ];
  let gateway: { origin: string; app: INestApplication };
  let asked = 0;

  beforeAll(async () => {
    gateway = await listening({
      webRoot: null,
      demoAccounts: async () => {
        asked += 1;
        return accounts;
      },
    });
  });
  afterAll(async () => {
    await gateway?.app.close();
  });

  it('are listed without a token (the sign-in page reads them before anyone has one), fresh each time, never cached', async () => {
    const first = await fetch(`${gateway.origin}/api/v1/demo/accounts`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(await first.json()).toEqual(accounts);
    await fetch(`${gateway.origin}/api/v1/demo/accounts`);
    expect(asked).toBe(2);
  });

  it('without a built UI (webRoot null) / is not served at all', async () => {
    expect((await fetch(`${gateway.origin}/`)).status).toBe(404);
  });
});

describe('a gateway whose UI is not built yet', () => {
  const empty = mkdtempSync(join(tmpdir(), 'par-web-empty-'));
  let gateway: { origin: string; app: INestApplication };

  beforeAll(async () => {
    gateway = await listening({ webRoot: empty });
  });
  afterAll(async () => {
    await gateway?.app.close();
    rmSync(empty, { recursive: true, force: true });
  });

  it('says how to build it, in both languages', async () => {
    const response = await fetch(`${gateway.origin}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run web:build');
  });
});
