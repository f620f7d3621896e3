import { parseArgs } from 'node:util';
import { auditCommand, AUDIT_FORMATS, AuditFormat } from '../audit/audit.command';
import { EXPORT_FORMATS, exportCommand, ExportFormat } from '../export/export.command';
import { importCommand } from '../import/import.command';
import { rebuildCommand } from '../rebuild/rebuild.command';
import { resultsCommand } from '../results/results.command';
import { RESULT_FORMATS, ResultsFormat } from '../results/results-formats';
import { start } from '../start/start.command';
import { surveyImportCommand } from '../survey/survey-import.command';
import { surveyPublishedCommand, surveyTrendCommand } from '../survey/survey-published.command';
import { SURVEY_RESULTS_FORMATS, surveyApplyCommand, surveyResultsCommand } from '../survey/survey-results.command';
import { verify } from '../verify/verify.command';
import { CliError } from './cli-error';
import { ConfigError, portField } from '@par/config';
import { cliEnvironment } from './cli.config';

/** `par` (INTERCHANGE.md): machine-readable output on stdout, logs and progress on stderr. Exit 0 ok, 1 error, 2 usage. */
export const USAGE = `usage: npm run par -- <command> [options] [--data-dir D]   (default data dir ./.par-data)
  import <file>                                          validate, rehearse, then import a cycle file (all or nothing)
  results <cycleId> [--group G] [--field F] [--format table|json|csv]
                                                         --field: each group ranked by field F's component index
  audit <cycleId> <unitId> [criterion] [--format table|json]
  verify                                                 recompute every hash chain; exit 1 naming the first broken event
  export <cycleId> [--format json|xlsx]                  write the cycle in the interchange format (stdout; xlsx: redirect to a file)
  rebuild ranking                                        empty ranking's read models and fill them again from the logs, with
                                                         progress; interrupted, run it again: it goes on where it stopped
  start [--port P] [--once]                              the embedded platform with the demo cycle; serves the API
                                                         (docs at /api/docs) until Ctrl-C, or prints and exits with --once
  survey import <campaign.json> <responses.csv|.jsonl|.xlsx>  open the campaign (par-survey/1) and import a batch of responses
  survey results <campaignId> [--format table|json]      indices per unit and aspect, with 95% intervals
  survey apply <campaignId>                              record the survey-held leaves' points (results and audit show them)
  survey published <file.json> [--reason R]             a province's published PAPI or DGI figures of a year (par-published-index/1)
  survey trend <province> [--kind PAPI|DGI] [--format table|json]   each dimension's score across years`;

const ARITY: Record<string, [number, number]> = {
  import: [1, 1],
  results: [1, 1],
  audit: [2, 3],
  verify: [0, 0],
  export: [1, 1],
  rebuild: [1, 1],
  start: [0, 0],
  survey: [2, 3],
};
/** `par survey <subcommand> …`: the arguments after the subcommand. */
const SURVEY_ARITY: Record<string, number> = { import: 2, results: 1, apply: 1, published: 1, trend: 1 };

export async function runCli(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`par: ${error.message}\n`);
      if (error.exitCode === 2) process.stderr.write(`${USAGE}\n`);
      return error.exitCode;
    }
    // A wrong environment is the user's to fix, not a crash: the message names each variable.
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`par: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

async function dispatch(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string', default: './.par-data' },
        group: { type: 'string' },
        field: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string' },
        once: { type: 'boolean' },
        kind: { type: 'string' },
        reason: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  const { positionals, values } = parsed;
  const [command, ...args] = positionals;
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (!command) throw new CliError('no command given', 2);
  const arity = ARITY[command];
  if (!arity) throw new CliError(`unknown command "${command}"`, 2);
  if (args.length < arity[0] || args.length > arity[1])
    throw new CliError(`${command} takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s), got ${args.length}`, 2);
  if (values.group !== undefined && command !== 'results') throw new CliError(`--group is an option of results, not of ${command}`, 2);
  if (values.field !== undefined && command !== 'results') throw new CliError(`--field is an option of results, not of ${command}`, 2);
  const dataDir = values['data-dir'] as string;

  switch (command) {
    case 'import':
      await importCommand({ file: args[0], dataDir });
      return 0;
    case 'results':
      await resultsCommand({
        cycleId: args[0],
        group: values.group,
        field: values.field,
        format: formatOf(values.format, RESULT_FORMATS, 'table') as ResultsFormat,
        dataDir,
      });
      return 0;
    case 'audit':
      await auditCommand({
        cycleId: args[0],
        unitId: args[1],
        criterion: args[2],
        format: formatOf(values.format, AUDIT_FORMATS, 'table') as AuditFormat,
        dataDir,
      });
      return 0;
    case 'verify':
      return (await verify({ dataDir })) ? 0 : 1;
    case 'export':
      await exportCommand({ cycleId: args[0], format: formatOf(values.format, EXPORT_FORMATS, 'json') as ExportFormat, dataDir });
      return 0;
    case 'rebuild':
      return rebuildCommand({ service: args[0], dataDir });
    case 'survey':
      return survey(args, { format: values.format, kind: values.kind, reason: values.reason }, dataDir);
    case 'start': {
      const environment = cliEnvironment();
      await start({ dataDir, once: values.once === true, port: portOf(values.port, environment.PORT), jwtSecret: environment.PAR_JWT_SECRET });
      return 0;
    }
    default:
      throw new CliError(`unknown command "${command}"`, 2);
  }
}

async function survey([subcommand, ...args]: string[], { format, kind, reason }: Record<string, string | undefined>, dataDir: string): Promise<number> {
  const arity = SURVEY_ARITY[subcommand];
  if (arity === undefined) throw new CliError(`unknown survey command "${subcommand}" (import, results, apply, published, trend)`, 2);
  if (args.length !== arity) throw new CliError(`survey ${subcommand} takes ${arity} argument(s), got ${args.length}`, 2);
  if (subcommand === 'import') await surveyImportCommand({ campaignFile: args[0], responsesFile: args[1], dataDir });
  if (subcommand === 'results')
    await surveyResultsCommand({ campaignId: args[0], format: formatOf(format, SURVEY_RESULTS_FORMATS, 'table') as 'table' | 'json', dataDir });
  if (subcommand === 'apply') await surveyApplyCommand({ campaignId: args[0], dataDir });
  if (subcommand === 'published') await surveyPublishedCommand({ file: args[0], reason, dataDir });
  if (subcommand === 'trend')
    await surveyTrendCommand({ province: args[0], kind, format: formatOf(format, SURVEY_RESULTS_FORMATS, 'table') as 'table' | 'json', dataDir });
  return 0;
}

function formatOf(value: string | undefined, allowed: readonly string[], fallback: string): string {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new CliError(`--format must be one of ${allowed.join(', ')}, got "${value}"`, 2);
  return value;
}

/** --port when given (checked as PORT is), else PORT from the environment. */
function portOf(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = portField().safeParse(value);
  if (!port.success) throw new CliError(`--port must be a port number, got "${value}"`, 2);
  return port.data;
}
