import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { parsePublishedIndexFile } from '@par/contracts';
import type { IssuedCommand } from '../../infrastructure/campaign-log';
import { PublishedIndexError } from '../domain';
import { PublishedIndexLog } from '../published-index-log';
import { RecordPublishedIndexCommand } from './record-published-index.command';

/** Problems of a file listed in the refusal; a file with more says how many more. */
const MAX_PROBLEMS_LISTED = 50;

/** Checks the file (every problem at once), then decides RecordPublishedIndex on its year's stream. */
@CommandHandler(RecordPublishedIndexCommand)
export class RecordPublishedIndexHandler implements ICommandHandler<RecordPublishedIndexCommand, IssuedCommand> {
  constructor(private readonly log: PublishedIndexLog) {}

  async execute({ file, actor, reason, origin }: RecordPublishedIndexCommand): Promise<IssuedCommand> {
    const parsed = parsePublishedIndexFile(file);
    if (!parsed.ok) {
      const problems = parsed.errors.map((error) => error.message);
      const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
      if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more`);
      throw new PublishedIndexError(
        'PUBLISHED_INDEX_FILE_INVALID',
        `The published-index file has ${problems.length} problem(s), nothing was recorded: ${problems[0]}`,
        parsed.errors[0].field,
        listed,
      );
    }
    return this.log.issue({ type: 'RecordPublishedIndex', actor, file: parsed.value, ...(reason === undefined ? {} : { reason }) }, origin);
  }
}
