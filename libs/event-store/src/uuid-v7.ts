import { randomFillSync } from 'node:crypto';

export type UuidV7Generator = () => string;

/** Random bytes (the CSPRNG behind randomBytes) fetched 4 KiB at a time: one system call per ~500 ids. */
const POOL_SIZE = 4096;
const pool = Buffer.allocUnsafe(POOL_SIZE);
let poolOffset = POOL_SIZE;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Time-ordered event ids: UUIDv7 (RFC 9562 §5.7), so that new ids land at the right edge of the
 * event_id index instead of on a random page of it (as random v4 ids do).
 *
 *   bytes 0-5   unix_ts_ms  48-bit big-endian milliseconds since 1970
 *   byte  6     0111 (version 7) + the top 4 bits of rand_a
 *   byte  7     the low 8 bits of rand_a
 *   byte  8     10 (variant) + 6 random bits
 *   bytes 9-15  random
 *
 * rand_a (12 bits) is a counter (RFC 9562 §6.2, method 1): seeded at random below 2048 at every new
 * millisecond and incremented for every further id in that millisecond, so one generator's ids are
 * strictly increasing even within a millisecond or when the clock steps back (the last timestamp is
 * kept until the clock passes it; a counter overflow borrows the next millisecond). Uniqueness across
 * processes rests on the 62 random bits of rand_b.
 */
export function uuidV7Generator(clock: () => number = Date.now): UuidV7Generator {
  let lastMs = -1;
  let counter = 0;
  return () => {
    const now = clock();
    if (now > lastMs) {
      lastMs = now;
      counter = randomByte() | ((randomByte() & 0x07) << 8); // 11 random bits: at least 2048 ids before overflow
    } else if (++counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    return format(lastMs, counter);
  };
}

/** The process-wide generator: its ids are strictly increasing within this process. */
export const uuidV7: UuidV7Generator = uuidV7Generator();

/** The millisecond timestamp a UUIDv7 carries. */
export function uuidV7Timestamp(uuid: string): number {
  return parseInt(uuid.slice(0, 8) + uuid.slice(9, 13), 16);
}

function format(ms: number, sequence: number): string {
  const high = Math.floor(ms / 0x1_0000_0000); // top 16 bits of the 48-bit timestamp
  const low = ms >>> 0; // bottom 32 bits
  const r = take(8);
  return (
    HEX[(high >>> 8) & 0xff] +
    HEX[high & 0xff] +
    HEX[low >>> 24] +
    HEX[(low >>> 16) & 0xff] +
    '-' +
    HEX[(low >>> 8) & 0xff] +
    HEX[low & 0xff] +
    '-' +
    HEX[0x70 | (sequence >>> 8)] +
    HEX[sequence & 0xff] +
    '-' +
    HEX[0x80 | (pool[r] & 0x3f)] +
    HEX[pool[r + 1]] +
    '-' +
    HEX[pool[r + 2]] +
    HEX[pool[r + 3]] +
    HEX[pool[r + 4]] +
    HEX[pool[r + 5]] +
    HEX[pool[r + 6]] +
    HEX[pool[r + 7]]
  );
}

function randomByte(): number {
  return pool[take(1)];
}

/** The offset in `pool` of `count` random bytes not handed out before. */
function take(count: number): number {
  if (poolOffset + count > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const offset = poolOffset;
  poolOffset += count;
  return offset;
}
