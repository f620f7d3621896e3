import type { Actor } from '../contracts';

/** People of a demo province; user ids only, as the log keeps them. */
export const provinceAdmin: Actor = { userId: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
export const nationalViewer: Actor = { userId: 'bo.noi.vu', role: 'NATIONAL_VIEWER' };
export const appraiser: Actor = { userId: 'tran.thi.b', role: 'APPRAISER', unitId: 'so-noi-vu' };

export const reporterOf = (unitId: string): Actor => ({ userId: `reporter.${unitId}`, role: 'UNIT_REPORTER', unitId });
export const headOf = (unitId: string): Actor => ({ userId: `head.${unitId}`, role: 'UNIT_HEAD', unitId });
