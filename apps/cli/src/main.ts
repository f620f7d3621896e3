import { parseArgs } from 'node:util';
import { start } from './start/start.command';
import { verify } from './verify/verify.command';

/** `par`: machine-readable output on stdout, logs and progress on stderr (INTERCHANGE.md). */
const USAGE = `usage: par <command> [--data-dir D]
  start     bring up the embedded platform and run the worked example
  verify    recompute every hash chain; exit 1 naming the first broken event`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string', default: './.par-data' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command] = positionals;
  const dataDir = values['data-dir'] as string;
  if (values.help || !command) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'start':
      await start({ dataDir });
      return 0;
    case 'verify':
      return (await verify({ dataDir })) ? 0 : 1;
    default:
      process.stderr.write(`par: unknown command "${command}"\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`par: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
