import { ROLES, type Role } from '../auth/roles';

/** A screen in the side menu: who sees it, and whether it is built yet (the others show, disabled, what is to come). */
export interface MenuEntry {
  key: 'results' | 'cycleSetup' | 'imports' | 'board' | 'selfAssessment' | 'appraisal' | 'council' | 'audit';
  path: string;
  roles: readonly Role[];
  ready: boolean;
}

/** Every screen of issue 9, in the order of a cycle; a new screen sets `ready` and adds its route (app/AppRoutes.tsx). */
export const MENU_ENTRIES: readonly MenuEntry[] = [
  { key: 'cycleSetup', path: '/setup', roles: ['PROVINCE_ADMIN'], ready: true },
  { key: 'imports', path: '/imports', roles: ['PROVINCE_ADMIN'], ready: true },
  { key: 'board', path: '/board', roles: ['PROVINCE_ADMIN'], ready: true },
  { key: 'selfAssessment', path: '/self-assessment', roles: ['UNIT_REPORTER', 'UNIT_HEAD'], ready: true },
  { key: 'appraisal', path: '/appraisal', roles: ['APPRAISER', 'COUNCIL_CHAIR'], ready: true },
  // A council member reads the same queue and sheets (the chair records the council's decisions there).
  { key: 'council', path: '/appraisal', roles: ['COUNCIL_MEMBER'], ready: true },
  { key: 'results', path: '/results', roles: ROLES, ready: true },
  { key: 'audit', path: '/audit', roles: ROLES, ready: true },
];

/** The entries a user with these roles (the token's `roles` claim) sees. */
export function menuFor(roles: readonly Role[]): MenuEntry[] {
  return MENU_ENTRIES.filter((entry) => entry.roles.some((role) => roles.includes(role)));
}
