import type { NewEvent } from '../event-store.port';

/** Events of the PAR Index domain, small enough for store tests. */
export const unitStream = (unit = 'so-noi-vu-ha-noi', cycle = 2025) => `self-assessment-${unit}-${cycle}`;

export function selfAssessed(criterion: string, points: string, actor = 'can-bo-so-noi-vu'): NewEvent {
  return {
    type: 'CriterionSelfAssessed',
    data: { criterion, points },
    metadata: { actor, role: 'UNIT_OFFICER', correlationId: `self-assessment-${criterion}` },
  };
}

export function appraised(criterion: string, points: string, reason: string): NewEvent {
  return {
    type: 'CriterionAppraised',
    data: { criterion, points },
    metadata: { actor: 'tham-dinh-vien', role: 'APPRAISER', reason },
  };
}
