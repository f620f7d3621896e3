import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelReader } from '../projections/submissions-read-model/read-model.reader';
import { CycleSummary, ListCyclesQuery } from './list-cycles.query';

@QueryHandler(ListCyclesQuery)
export class ListCyclesHandler implements IQueryHandler<ListCyclesQuery> {
  constructor(private readonly readModel: ReadModelReader) {}

  async execute(): Promise<{ cycles: CycleSummary[] }> {
    const cycles = await this.readModel.allCycles();
    return { cycles: cycles.map(({ cycleId, year, title, status }) => ({ cycleId, year, title, status })) };
  }
}
