import type { CloseCycle } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** Closing the cycle: nothing in it changes any more. */
export class CloseCycleCommand extends CycleStreamCommand<CloseCycle> {
  constructor(fields: CycleCommandFields<CloseCycle>, correlationId: string) {
    super({ ...fields, type: 'CloseCycle' }, correlationId);
  }
}
