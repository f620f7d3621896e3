import { UpcasterRegistry, VersionedEvent } from './upcaster-registry';

const stored = (type: string, schemaVersion: number, data: unknown): VersionedEvent & { hash: string } => ({
  streamId: 'unit-a',
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  type,
  schemaVersion,
  data,
  metadata: {},
  hash: 'h',
});

describe('upcasting old events on read', () => {
  const registry = new UpcasterRegistry();
  // v1 scored in a number; v2 as a decimal string; v3 adds the maximum points of the criterion
  const v2 = registry.register<{ criterion: string; points: number }>('CriterionAppraised', 1, (d) => ({
    criterion: d.criterion,
    points: d.points.toFixed(2),
  }));
  const v3 = registry.register<{ criterion: string; points: string }>('CriterionAppraised', v2, (d) => ({ ...d, maxPoints: null }));

  it('returns the next version from register', () => {
    expect([v2, v3]).toEqual([2, 3]);
  });

  it('applies the whole chain up to the latest version, keeping the other fields and leaving the stored event alone', () => {
    const old = stored('CriterionAppraised', 1, { criterion: '1.1', points: 0.5 });
    const upcast = registry.upcast(old);
    expect(upcast).toMatchObject({ schemaVersion: 3, data: { criterion: '1.1', points: '0.50', maxPoints: null }, hash: 'h' });
    expect(old).toMatchObject({ schemaVersion: 1, data: { criterion: '1.1', points: 0.5 } });
  });

  it('starts from the stored version and leaves current or unknown types as they are', () => {
    expect(registry.upcast(stored('CriterionAppraised', 2, { criterion: '1.1', points: '1.00' })).schemaVersion).toBe(3);
    const current = stored('CriterionAppraised', 3, { criterion: '1.1' });
    expect(registry.upcast(current)).toBe(current);
    const other = stored('UnitRanked', 1, { rank: 1 });
    expect(registry.upcast(other)).toBe(other);
  });

  it('refuses two upcasters for the same step', () => {
    expect(() => registry.register('CriterionAppraised', 1, (d) => d)).toThrow(/already registered/);
  });
});
