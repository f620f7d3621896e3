export interface LatencyOptions {
  /** Commands a second offered at every size (the issue: 200). */
  readonly rate: number;
  /** Measured seconds per size (the issue: 60), after `warmUpSeconds` on the same schedule. */
  readonly seconds: number;
  readonly warmUpSeconds: number;
  /** Sizes as multiples of the 1x cycle's units (default 1 and 10). */
  readonly sizes: readonly number[];
  /** Units and leaves per unit of the 1x cycle. */
  readonly units: number;
  readonly leaves: number;
  /** The ramp after the sizes: rates rate × 0.125, 0.25, 0.5, 0.75, 1, 1.5, 2, 3 … up to rampMax, rampSeconds each. */
  readonly ramp: boolean;
  readonly rampSeconds: number;
  readonly rampMax: number;
  /** How often the bench polls ranking's read model (ranking-watch.ts). */
  readonly pollMs: number;
}

export const USAGE =
  'usage: npm run bench -- latency [--rate 200] [--seconds 60] [--warm-up 5] [--sizes 1,10] [--units 100] [--leaves 20]\n' +
  '                                [--no-ramp] [--ramp-seconds 10] [--ramp-max 2000] [--poll-ms 10]\n';

const DEFAULTS: LatencyOptions = {
  rate: 200,
  seconds: 60,
  warmUpSeconds: 5,
  sizes: [1, 10],
  units: 100,
  leaves: 20,
  ramp: true,
  rampSeconds: 10,
  rampMax: 2000,
  pollMs: 10,
};

const NUMBERS: Record<string, Exclude<keyof LatencyOptions, 'sizes' | 'ramp'>> = {
  '--rate': 'rate',
  '--seconds': 'seconds',
  '--warm-up': 'warmUpSeconds',
  '--units': 'units',
  '--leaves': 'leaves',
  '--ramp-seconds': 'rampSeconds',
  '--ramp-max': 'rampMax',
  '--poll-ms': 'pollMs',
};

/** The options, or null when an argument is unknown or not a positive number (a warm-up may be 0). */
export function parseOptions(argv: readonly string[]): LatencyOptions | null {
  const options: { -readonly [K in keyof LatencyOptions]: LatencyOptions[K] } = { ...DEFAULTS };
  for (let index = 0; index < argv.length; index += 1) {
    const name = argv[index];
    if (name === '--no-ramp') {
      options.ramp = false;
      continue;
    }
    const value = argv[index + 1];
    index += 1;
    if (name === '--sizes') {
      const sizes = (value ?? '').split(',').map(Number);
      if (sizes.length === 0 || !sizes.every((size) => Number.isSafeInteger(size) && size >= 1)) return null;
      options.sizes = sizes;
      continue;
    }
    const key = Object.hasOwn(NUMBERS, name) ? NUMBERS[name] : undefined;
    const number = Number(value);
    if (!key || !Number.isFinite(number) || number < (key === 'warmUpSeconds' ? 0 : 1)) return null;
    options[key] = number;
  }
  // Two leaves at least: the criteria set has two fields.
  return options.leaves >= 2 ? options : null;
}
