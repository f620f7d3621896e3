import { decodeEnvelope, encodeEnvelope, EnvelopeSourceEvent, InvalidEnvelopeError, parseEnvelope, toEnvelope } from '..';

const recorded: EnvelopeSourceEvent = {
  eventId: '0b6e7c1e-2f0a-4c55-9d5e-2f7a3c1b9e10',
  streamId: 'unit-42',
  streamVersion: 3,
  type: 'CriterionSelfAssessed',
  schemaVersion: 2,
  data: { criterion: '1.1', points: '0.75' },
  metadata: { actor: 'u-1', role: 'UNIT_OFFICER' },
  globalPosition: { transactionId: 18446744073709551000n, position: 9007199254740993n },
  recordedAt: new Date('2026-03-01T08:30:00.000Z'),
};

function validJson(): Record<string, unknown> {
  return JSON.parse(encodeEnvelope(toEnvelope(recorded, 'submissions')));
}

function rejection(json: unknown): InvalidEnvelopeError {
  try {
    parseEnvelope(json);
  } catch (error) {
    if (error instanceof InvalidEnvelopeError) return error;
    throw error;
  }
  throw new Error('expected the envelope to be rejected');
}

describe('toEnvelope', () => {
  it('carries the event, its source and its position as exact decimal strings', () => {
    expect(toEnvelope(recorded, 'submissions')).toEqual({
      envelopeVersion: 1,
      eventId: recorded.eventId,
      streamId: 'unit-42',
      streamVersion: 3,
      type: 'CriterionSelfAssessed',
      schemaVersion: 2,
      data: recorded.data,
      metadata: recorded.metadata,
      source: 'submissions',
      position: { transactionId: '18446744073709551000', position: '9007199254740993' },
      recordedAt: '2026-03-01T08:30:00.000Z',
    });
  });
});

describe('parseEnvelope', () => {
  it('accepts what toEnvelope produced after a JSON round trip', () => {
    const envelope = toEnvelope(recorded, 'submissions');
    expect(decodeEnvelope(encodeEnvelope(envelope))).toEqual(envelope);
  });

  it('accepts null data (an event may carry nothing)', () => {
    expect(parseEnvelope({ ...validJson(), data: null }).data).toBeNull();
  });

  it.each<[string, (json: Record<string, unknown>) => unknown]>([
    ['envelopeVersion', (json) => ({ ...json, envelopeVersion: 2 })],
    ['eventId', (json) => ({ ...json, eventId: 'not-a-uuid' })],
    ['streamId', (json) => ({ ...json, streamId: '' })],
    ['streamVersion', (json) => ({ ...json, streamVersion: 0 })],
    ['streamVersion', (json) => ({ ...json, streamVersion: '3' })],
    ['type', (json) => ({ ...json, type: undefined })],
    ['schemaVersion', (json) => ({ ...json, schemaVersion: 1.5 })],
    ['data', ({ data: _data, ...rest }) => rest],
    ['metadata', (json) => ({ ...json, metadata: [] })],
    ['source', (json) => ({ ...json, source: 7 })],
    ['position', (json) => ({ ...json, position: null })],
    ['position.transactionId', (json) => ({ ...json, position: { transactionId: 12, position: '1' } })],
    ['position.position', (json) => ({ ...json, position: { transactionId: '12', position: '-1' } })],
    ['recordedAt', (json) => ({ ...json, recordedAt: 'yesterday' })],
    ['(message)', () => ['an', 'array']],
  ])('rejects a bad %s and names it', (field, corrupt) => {
    const error = rejection(corrupt(validJson()));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('rejects text that is not JSON', () => {
    expect(() => decodeEnvelope('{"eventId":')).toThrow(/\(message\) is not JSON/);
  });
});
