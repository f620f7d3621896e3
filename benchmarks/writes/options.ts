export const USAGE =
  'usage: npm run bench -- writes [--sizes 1,10] [--writers 1,10,50] [--commands 300,1500,2000] [--cpu-prof DIR] [--pg-stats DIR]\n' +
  '  --commands: commands per figure at each writer count, in the order of --writers\n' +
  '  --cpu-prof: write a V8 CPU profile of each platform process into DIR\n' +
  "  --pg-stats: load pg_stat_statements and write the measured phases' statements into DIR/<size>.tsv\n";

export interface WritesOptions {
  /** Province sizes, as multiples of the demo's 28 units. */
  readonly sizes: readonly number[];
  readonly writers: readonly number[];
  /** Commands (and limit requests) per figure, one per writer count. */
  readonly commands: readonly number[];
  readonly cpuProfileDir?: string;
  readonly pgStatsDir?: string;
}

export function parseOptions(argv: readonly string[]): WritesOptions | undefined {
  const list = (name: string, fallback: number[]) => {
    const at = argv.indexOf(name);
    if (at === -1) return fallback;
    const values = (argv[at + 1] ?? '').split(',').map(Number);
    return values.every((value) => Number.isSafeInteger(value) && value >= 1) ? values : undefined;
  };
  const sizes = list('--sizes', [1, 10]);
  const writers = list('--writers', [1, 10, 50]);
  const commands = list('--commands', [300, 1500, 2000]);
  if (!sizes || !writers || !commands || commands.length !== writers.length) return undefined;
  const cpuProfileDir = directory(argv, '--cpu-prof');
  const pgStatsDir = directory(argv, '--pg-stats');
  if (cpuProfileDir === null || pgStatsDir === null) return undefined;
  return { sizes, writers, commands, ...(cpuProfileDir ? { cpuProfileDir } : {}), ...(pgStatsDir ? { pgStatsDir } : {}) };
}

/** The directory after `name`; undefined when the option is absent, null when it has no value. */
function directory(argv: readonly string[], name: string): string | undefined | null {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = argv[at + 1];
  return value && !value.startsWith('--') ? value : null;
}
