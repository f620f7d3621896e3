import { GENESIS_HASH } from '../hashing';
import { StreamHeads } from './stream-heads';

describe('the stream heads a store remembers', () => {
  it('knows the genesis head of every new stream, and a remembered head only at its version', () => {
    const heads = new StreamHeads();
    heads.remember('unit-a', 3, 'h3');

    expect(heads.hashAt('unit-z', 0)).toBe(GENESIS_HASH);
    expect(heads.hashAt('unit-a', 3)).toBe('h3');
    expect(heads.hashAt('unit-a', 2)).toBeUndefined();
    expect(heads.hashAt('unit-a', 4)).toBeUndefined();
  });

  it('keeps the furthest fact when a read answers after a later append', () => {
    const heads = new StreamHeads();
    heads.remember('unit-a', 5, 'h5');
    heads.remember('unit-a', 4, 'h4');

    expect(heads.hashAt('unit-a', 5)).toBe('h5');
  });

  it('forgets the streams used longest ago beyond its capacity', () => {
    const heads = new StreamHeads(2);
    heads.remember('unit-a', 1, 'a1');
    heads.remember('unit-b', 1, 'b1');
    heads.remember('unit-a', 2, 'a2');
    heads.remember('unit-c', 1, 'c1');

    expect([heads.hashAt('unit-a', 2), heads.hashAt('unit-b', 1), heads.hashAt('unit-c', 1)]).toEqual(['a2', undefined, 'c1']);
  });
});
