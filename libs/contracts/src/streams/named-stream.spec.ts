import { namedStream } from './named-stream';

const first = (data: unknown) => ({ data });

describe('namedStream: the current id, and the legacy stream with how to tell it is this one', () => {
  const sheet = namedStream('self-assessment', { cycleId: 'demo-2025', unitId: 'so-x' });

  it('names the stream in both namings', () => {
    expect(sheet.streamId).toBe('self-assessment:demo-2025:so-x');
    expect(sheet.legacy.streamId).toBe('self-assessment-demo-2025-so-x');
  });

  it('takes a legacy stream of two ids as its own only when its first event names exactly these ids', () => {
    expect(sheet.legacy.belongs(first({ cycleId: 'demo-2025', unitId: 'so-x', criterion: '1.1' }))).toBe(true);
    const other = namedStream('self-assessment', { cycleId: 'demo', unitId: '2025-so-x' });
    expect(other.legacy.streamId).toBe(sheet.legacy.streamId);
    expect(other.legacy.belongs(first({ cycleId: 'demo-2025', unitId: 'so-x' }))).toBe(false);
    expect(sheet.legacy.belongs(first({ cycleId: 'demo-2025' }))).toBe(false);
    expect(sheet.legacy.belongs(first(null))).toBe(false);
  });

  it('takes a legacy stream of one id as its own: that naming gave each id its own stream', () => {
    // CycleCreated names the trimmed id; the stream was named with the id as sent.
    expect(namedStream('cycle', { cycleId: ' demo ' }).legacy.belongs(first({ cycleId: 'demo' }))).toBe(true);
    expect(namedStream('decision', { cycleId: 'demo' })).toMatchObject({ streamId: 'decision:demo', legacy: { streamId: 'decision-demo' } });
  });
});
