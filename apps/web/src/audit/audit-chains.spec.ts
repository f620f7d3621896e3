import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit.api';
import { campaignOf, chainsOf } from './audit-chains';

const entry = (stage: AuditEntry['stage'], criterion: string | null, fields: Partial<AuditEntry> = {}): AuditEntry => ({
  stage,
  subject: 'leaf',
  criterion,
  fromPoints: null,
  toPoints: '1.00',
  actor: 'someone',
  role: 'UNIT_HEAD',
  actorUnitId: null,
  occurredAt: '2025-03-01T02:30:00Z',
  recordedAt: '2025-03-01T02:30:00Z',
  reason: null,
  note: null,
  evidence: [],
  votes: null,
  decision: null,
  importedFrom: null,
  ...fields,
});

describe('the audit trail as one chain per leaf', () => {
  it('groups a leaf’s values in the order they came, leaves in the criteria’s order, bonus and deductions last', () => {
    const chains = chainsOf([
      entry('self', '7.10'),
      entry('self', '7.5', { toPoints: '2.00' }),
      entry('appraisal', '7.5', { fromPoints: '2.00', toPoints: '1.75' }),
      entry('appraisal', null, { subject: 'deduction', toPoints: '-1.00' }),
      entry('council', '7.5', { fromPoints: '1.75', toPoints: '2.00' }),
    ]);

    expect(chains.map((chain) => [chain.subject, chain.criterion, chain.entries.map((value) => value.stage), chain.changed])).toEqual([
      ['leaf', '7.5', ['self', 'appraisal', 'council'], true],
      ['leaf', '7.10', ['self'], false],
      ['deduction', null, ['appraisal'], true],
    ]);
  });

  it('a leaf the unit scored twice changed; a leaf only a survey set changed too', () => {
    const chains = chainsOf([entry('self', '1.1'), entry('self', '1.1', { fromPoints: '1.00', toPoints: '0.50' }), entry('survey', '7.8')]);
    expect(chains.map((chain) => chain.changed)).toEqual([true, true]);
  });

  it('a survey stage names its campaign (from the reason the ranking service writes)', () => {
    expect(campaignOf(entry('survey', '7.8', { reason: 'Khảo sát dtxh-2025-an-binh: chỉ số 88,00 %, 30 người trả lời' }))).toBe('dtxh-2025-an-binh');
    expect(campaignOf(entry('appraisal', '7.8', { reason: 'Khảo sát x: y' }))).toBeNull();
  });
});
