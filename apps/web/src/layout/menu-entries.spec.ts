import { describe, expect, it } from 'vitest';
import { menuFor } from './menu-entries';

const keysFor = (...roles: Parameters<typeof menuFor>[0]) => menuFor(roles).map((entry) => entry.key);

describe('the side menu follows the roles in the token', () => {
  it('the province admin sets up, imports, follows progress, and reads results', () => {
    expect(keysFor('PROVINCE_ADMIN')).toEqual(['cycleSetup', 'imports', 'board', 'results', 'audit']);
  });

  it('a unit reporter self-assesses; an appraiser appraises; a council member sits in the council', () => {
    expect(keysFor('UNIT_REPORTER')).toEqual(['selfAssessment', 'results', 'audit']);
    expect(keysFor('APPRAISER')).toEqual(['appraisal', 'results', 'audit']);
    expect(keysFor('COUNCIL_MEMBER')).toEqual(['council', 'results', 'audit']);
  });

  it('several roles: every screen of each, once', () => {
    expect(keysFor('COUNCIL_CHAIR', 'APPRAISER')).toEqual(['appraisal', 'results', 'audit']);
    expect(keysFor('COUNCIL_MEMBER', 'APPRAISER')).toEqual(['appraisal', 'council', 'results', 'audit']);
  });

  it('every screen of issue 9 is built', () => {
    expect(menuFor(['PROVINCE_ADMIN', 'UNIT_REPORTER', 'APPRAISER', 'COUNCIL_MEMBER']).every((entry) => entry.ready)).toBe(true);
  });
});
