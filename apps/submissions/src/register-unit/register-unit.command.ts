import type { RegisterUnit } from '../domain/cycle/cycle.commands';
import { type CycleCommandFields, CycleStreamCommand } from '../infrastructure/cycle-stream.command';

/** A unit registered in a group, under a registered parent or directly under the evaluator. */
export class RegisterUnitCommand extends CycleStreamCommand<RegisterUnit> {
  constructor(fields: CycleCommandFields<RegisterUnit>, correlationId: string) {
    super({ ...fields, type: 'RegisterUnit' }, correlationId);
  }
}
