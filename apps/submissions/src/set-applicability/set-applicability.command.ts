import type { SetApplicability } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** Whether a leaf applies to a unit, and why. */
export class SetApplicabilityCommand extends CycleStreamCommand<SetApplicability> {
  constructor(fields: CycleCommandFields<SetApplicability>, correlationId: string) {
    super({ ...fields, type: 'SetApplicability' }, correlationId);
  }
}
