import { appraisalEventMetadataSchema } from '@par/contracts';
import { eventMetadata } from './appraisal.metadata';
import { appraisalStream } from './appraisal.stream';
import { accept, appraise, chair, CYCLE, resolve, UNIT } from './testing/appraisal.fixtures';

describe('event metadata: who, in which role, from which unit, and why', () => {
  it('carries the actor and the trimmed reason of the command', () => {
    const metadata = eventMetadata(appraise('7.3', '0.75', ' evidence covers 6 months only '));
    expect(metadata).toEqual({ actor: 'tran.thi.b', role: 'APPRAISER', actorUnitId: 'so-noi-vu', reason: 'evidence covers 6 months only' });
    expect(appraisalEventMetadataSchema.parse(metadata)).toEqual(metadata);
  });

  it('leaves out a reason the command did not give', () => expect(eventMetadata(accept('1.1'))).not.toHaveProperty('reason'));

  it('records the chair who recorded a council decision', () =>
    expect(eventMetadata(resolve('7.3'))).toMatchObject({ actor: chair.userId, role: 'COUNCIL_CHAIR' }));
});

describe('appraisalStream', () => {
  it('is appraisal:<cycleId>:<unitId>, or the legacy appraisal-<cycleId>-<unitId> it began under', () =>
    expect(appraisalStream(CYCLE, UNIT)).toMatchObject({ streamId: 'appraisal:demo-2025:so-x', legacy: { streamId: 'appraisal-demo-2025-so-x' } }));
});
