import { acceptedCopies } from './accepted-encoding';

describe('which precompressed copy a browser accepts', () => {
  const encodings = (header: string | undefined) => acceptedCopies(header).map(({ encoding }) => encoding);

  it('brotli first, then gzip, whatever the order the browser lists them in', () => {
    expect(encodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(encodings('GZIP')).toEqual(['gzip']);
  });

  it('none when the header is absent or refuses them (q=0)', () => {
    expect(encodings(undefined)).toEqual([]);
    expect(encodings('identity')).toEqual([]);
    expect(encodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
  });
});
