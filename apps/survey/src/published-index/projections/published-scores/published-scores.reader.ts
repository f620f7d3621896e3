import { Inject, Injectable } from '@nestjs/common';
import type { PublishedIndexKind, PublishedIndexRecordedData } from '@par/contracts';
import { SURVEY_CONFIG } from '../../../infrastructure/tokens';
import { SURVEY_SCHEMA, type SurveyOptions } from '../../../survey.config';

const s = SURVEY_SCHEMA;

/** One year of an index as the read model holds it: its latest revision. */
export interface PublishedYear {
  readonly kind: PublishedIndexKind;
  readonly year: number;
  readonly revision: number;
  readonly source: PublishedIndexRecordedData['source'];
  readonly dimensions: PublishedIndexRecordedData['dimensions'];
  readonly total: string;
  readonly maxTotal: string;
}

@Injectable()
export class PublishedScoresReader {
  constructor(@Inject(SURVEY_CONFIG) private readonly config: SurveyOptions) {}

  /** The province's recorded years, by index then year, oldest first; one index only when `kind` is given. */
  async yearsOf(province: string, kind?: PublishedIndexKind): Promise<PublishedYear[]> {
    const { rows } = await this.config.pool.query<{
      kind: PublishedIndexKind;
      year: number;
      revision: number;
      source: PublishedYear['source'];
      dimensions: PublishedYear['dimensions'];
      total: string;
      max_total: string;
    }>(
      `SELECT kind, year, revision, source, dimensions, total, max_total FROM ${s}.published_index_years
       WHERE province = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY kind, year`,
      [province, kind ?? null],
    );
    return rows.map((row) => ({
      kind: row.kind,
      year: row.year,
      revision: row.revision,
      source: row.source,
      dimensions: row.dimensions,
      total: row.total,
      maxTotal: row.max_total,
    }));
  }
}
