import { Query } from '@nestjs/cqrs';

/** A cycle as a picker lists it. */
export interface CycleSummary {
  cycleId: string;
  year: number;
  title: string;
  /** setup | open | closed */
  status: string;
}

/** Every cycle of the read model, latest year first, then by id: the screens' cycle picker and year-over-year trends. */
export class ListCyclesQuery extends Query<{ cycles: CycleSummary[] }> {}
