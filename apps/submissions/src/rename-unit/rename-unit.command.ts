import type { RenameUnit } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** A unit's new name from a date on; its id, and so its scores, stay. */
export class RenameUnitCommand extends CycleStreamCommand<RenameUnit> {
  constructor(fields: CycleCommandFields<RenameUnit>, correlationId: string) {
    super({ ...fields, type: 'RenameUnit' }, correlationId);
  }
}
