import { Query } from '@nestjs/cqrs';
import type { PublishedTrendView } from './published-trend.view';

/** A province's published PAPI and DGI figures across years (one index when `kind` is given), from the read model. */
export class GetPublishedTrendQuery extends Query<PublishedTrendView> {
  constructor(
    readonly province: string,
    /** 'PAPI' or 'DGI'; anything else is refused, naming `kind`. */
    readonly kind?: string,
  ) {
    super();
  }
}
