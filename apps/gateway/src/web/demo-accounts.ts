import type { INestApplication } from '@nestjs/common';
import type { Role } from '@par/contracts';
import type { NextFunction, Request, Response } from 'express';

/** A ready-made identity of the embedded demo: who, in which role and unit, and a token signed for them. */
export interface DemoAccount {
  sub: string;
  role: Role;
  unitId: string | null;
  token: string;
}

/**
 * GET <path> → the demo's accounts, for the web UI's sign-in page. Outside the guarded API on purpose: it is read
 * before anyone holds a token. Mounted only when the composition passes accounts (`npm start`); everywhere else
 * the path is an unknown route (404), so a real deployment hands out no tokens.
 */
export function serveDemoAccounts(app: INestApplication, path: string, accounts: () => Promise<readonly DemoAccount[]>): void {
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path !== path) return next();
    accounts().then((list) => {
      // Tokens: never kept by a cache on the way.
      response.setHeader('Cache-Control', 'no-store');
      response.json(list);
    }, next);
  });
}
