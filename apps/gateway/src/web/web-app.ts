import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { acceptedCopies } from './accepted-encoding';

/** The web UI as `vite build` leaves it in this checkout (apps/web/dist): `npm start` and infra/distributed build it. */
export const WEB_APP_DIST = resolve(__dirname, '../../../web/dist');

const ASSETS = '/assets/';
/** Vite names every asset by its content's hash: a changed file is a new URL, so a year in the cache is safe. */
const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** An asset name as vite writes them: one path segment, no way up or sideways. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Serves the built web UI next to the API: hashed assets under /assets/ (precompressed when the browser accepts
 * it), and index.html for every other path outside /api, so that the UI's own routes (/cycles/x/results) load on a
 * reload or from a bookmark. index.html is never cached: a new release is picked up at the next load.
 */
export function serveWebApp(app: INestApplication, root: string): void {
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) return next();
    if (request.path.startsWith(ASSETS)) return sendAsset(root, request, response, next);
    return sendIndex(root, response, next);
  });
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** A missing asset is a 404, never index.html: a browser must not run HTML as JavaScript. */
function sendAsset(root: string, request: Request, response: Response, next: NextFunction): void {
  const name = request.path.slice(ASSETS.length);
  const file = join(root, 'assets', name);
  if (!ASSET_NAME.test(name) || !existsSync(file)) {
    response.status(404).type('text/plain; charset=utf-8').send('Not found\n');
    return;
  }
  const copy = acceptedCopies(request.headers['accept-encoding']).find(({ suffix }) => existsSync(file + suffix));
  response.type(extname(name));
  response.setHeader('Cache-Control', HASHED_ASSET_CACHE);
  response.setHeader('Vary', 'Accept-Encoding');
  if (copy) response.setHeader('Content-Encoding', copy.encoding);
  response.sendFile(copy ? file + copy.suffix : file, { cacheControl: false }, (error) => error && !response.headersSent && next(error));
}

function sendIndex(root: string, response: Response, next: NextFunction): void {
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    response
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('Giao diện web chưa được build — the web UI is not built: run `npm run web:build` (`npm start` builds it by itself).\n');
    return;
  }
  response.setHeader('Cache-Control', 'no-cache');
  response.sendFile(index, { cacheControl: false }, (error) => error && !response.headersSent && next(error));
}
