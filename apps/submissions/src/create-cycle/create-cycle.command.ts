import type { CreateCycle } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** The province admin creates a cycle: its year, title, evaluator and classification thresholds. */
export class CreateCycleCommand extends CycleStreamCommand<CreateCycle> {
  constructor(fields: CycleCommandFields<CreateCycle>, correlationId: string) {
    super({ ...fields, type: 'CreateCycle' }, correlationId);
  }
}
