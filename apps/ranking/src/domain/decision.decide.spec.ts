import { given } from '@par/testing';
import type { Actor, ResultsDocument } from '@par/contracts';
import type { CorrectDecision, PublishDecision } from './decision.commands';
import { decisionDecider } from './decision.decide';
import type { DecisionEvent } from './decision.events';
import { snapshotHash, verifySnapshot } from './snapshot-hash';

const admin: Actor = { userId: 'vo.van.e', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const row = (index: string) => ({ rank: 1, unit: 'so-x', name: 'Sở X', selfTotal: '4.50', appraisedTotal: '3.00', applicableMax: '4.50', index, class: 'KHA' });
const table = (index: string): ResultsDocument => ({ cycle: 'demo-2025', groups: [{ group: 'departments', results: [row(index)] }] });

const publish = (overrides: Partial<PublishDecision> = {}): PublishDecision => ({
  type: 'PublishDecision',
  cycleId: 'demo-2025',
  number: '123/QĐ-UBND',
  date: '2025-12-20',
  signer: 'Chủ tịch UBND tỉnh',
  actor: admin,
  results: table('66.67'),
  ...overrides,
});
const correct = (overrides: Partial<CorrectDecision> = {}): CorrectDecision => ({
  type: 'CorrectDecision',
  cycleId: 'demo-2025',
  reason: 'Đính chính điểm 3.2',
  actor: admin,
  results: table('88.89'),
  ...overrides,
});
const published = (): DecisionEvent => decisionDecider.decide(publish(), decisionDecider.initialState())[0];

describe('the published decision', () => {
  it('publishes revision 1 with the snapshot and the SHA-256 of its canonical JSON', () =>
    given(decisionDecider)
      .when(publish())
      .then({
        type: 'DecisionPublished',
        schemaVersion: 1,
        data: {
          cycleId: 'demo-2025',
          revision: 1,
          number: '123/QĐ-UBND',
          date: '2025-12-20',
          signer: 'Chủ tịch UBND tỉnh',
          snapshot: table('66.67'),
          snapshotHash: snapshotHash(table('66.67')),
        },
      }));

  it('is for the province admin alone', () =>
    given(decisionDecider)
      .when(publish({ actor: { userId: 'x', role: 'COUNCIL_CHAIR' } }))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('needs a number, a signer and a calendar date', () => {
    given(decisionDecider)
      .when(publish({ number: ' ' }))
      .thenRejects('FIELD_REQUIRED');
    given(decisionDecider)
      .when(publish({ date: '20/12/2025' }))
      .thenRejects('DATE_INVALID');
  });

  it('decides nothing on a retry, and refuses to publish a different table over the published one', () => {
    given(decisionDecider, published()).when(publish()).then();
    given(decisionDecider, published())
      .when(publish({ results: table('88.89') }))
      .thenRejects('DECISION_ALREADY_PUBLISHED');
  });

  it('corrects by a new revision that names the hash it supersedes, never by an overwrite', () =>
    given(decisionDecider, published())
      .when(correct())
      .thenMatches({
        type: 'DecisionCorrected',
        data: {
          revision: 2,
          number: '123/QĐ-UBND',
          reason: 'Đính chính điểm 3.2',
          snapshotHash: snapshotHash(table('88.89')),
          previousSnapshotHash: snapshotHash(table('66.67')),
        },
      }));

  it('cannot correct what was never published, nor without a reason', () => {
    given(decisionDecider).when(correct()).thenRejects('DECISION_NOT_FOUND');
    given(decisionDecider, published())
      .when(correct({ reason: '' }))
      .thenRejects('FIELD_REQUIRED');
  });

  it('hashes the snapshot whatever order its keys were written in, and notices a changed value', () => {
    const reordered = JSON.parse(`{"groups":[{"results":[${JSON.stringify(row('66.67'))}],"group":"departments"}],"cycle":"demo-2025"}`);
    expect(verifySnapshot(reordered, snapshotHash(table('66.67')))).toBe(true);
    expect(verifySnapshot(table('66.68'), snapshotHash(table('66.67')))).toBe(false);
  });
});
