import type { SetDeadlines } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** The self-assessment due date and the units' explanation window. */
export class SetDeadlinesCommand extends CycleStreamCommand<SetDeadlines> {
  constructor(fields: CycleCommandFields<SetDeadlines>, correlationId: string) {
    super({ ...fields, type: 'SetDeadlines' }, correlationId);
  }
}
