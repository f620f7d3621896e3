import type { CorrectCriteriaSet } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** A frozen criteria set corrected after opening, with a reason: its next version. */
export class CorrectCriteriaSetCommand extends CycleStreamCommand<CorrectCriteriaSet> {
  constructor(fields: CycleCommandFields<CorrectCriteriaSet>, correlationId: string) {
    super({ ...fields, type: 'CorrectCriteriaSet' }, correlationId);
  }
}
