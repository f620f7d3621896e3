import type { OpenCycle } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** Opening the cycle freezes its criteria sets; units can self-assess. */
export class OpenCycleCommand extends CycleStreamCommand<OpenCycle> {
  constructor(fields: CycleCommandFields<OpenCycle>, correlationId: string) {
    super({ ...fields, type: 'OpenCycle' }, correlationId);
  }
}
