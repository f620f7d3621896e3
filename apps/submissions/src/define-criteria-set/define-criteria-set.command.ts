import type { DefineCriteriaSet } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** A criteria set defined during setup (defined again, it replaces the last definition). */
export class DefineCriteriaSetCommand extends CycleStreamCommand<DefineCriteriaSet> {
  constructor(fields: CycleCommandFields<DefineCriteriaSet>, correlationId: string) {
    super({ ...fields, type: 'DefineCriteriaSet' }, correlationId);
  }
}
