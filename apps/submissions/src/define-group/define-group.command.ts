import type { DefineGroup } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** A group of units ranked together, scored on one criteria set, with its own thresholds or the cycle's. */
export class DefineGroupCommand extends CycleStreamCommand<DefineGroup> {
  constructor(fields: CycleCommandFields<DefineGroup>, correlationId: string) {
    super({ ...fields, type: 'DefineGroup' }, correlationId);
  }
}
