import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PUBLISHED_INDEX_KINDS, type PublishedIndexKind } from '@par/contracts';
import { echo } from '@par/contracts';
import { PublishedIndexError } from '../domain';
import { PublishedScoresReader } from '../projections/published-scores/published-scores.reader';
import { GetPublishedTrendQuery } from './get-published-trend.query';
import { type PublishedTrendView, publishedTrendView } from './published-trend.view';

/** Province ids are at most this long in a published-index file. */
const MAX_PROVINCE_LENGTH = 100;

@QueryHandler(GetPublishedTrendQuery)
export class GetPublishedTrendHandler implements IQueryHandler<GetPublishedTrendQuery, PublishedTrendView> {
  constructor(private readonly reader: PublishedScoresReader) {}

  async execute({ province, kind }: GetPublishedTrendQuery): Promise<PublishedTrendView> {
    const id = checkedProvince(province);
    const index = checkedKind(kind);
    const years = await this.reader.yearsOf(id, index);
    if (years.length === 0) {
      throw new PublishedIndexError('PUBLISHED_INDEX_NOT_FOUND', `No ${index ?? 'PAPI or DGI'} figures are recorded for province ${echo(id)}`, 'province');
    }
    return publishedTrendView(id, years);
  }
}

function checkedProvince(province: unknown): string {
  const id = typeof province === 'string' ? province.trim() : '';
  if (id === '' || id.length > MAX_PROVINCE_LENGTH || id.includes('\u0000')) {
    const problem = typeof province === 'string' ? echo(province) : 'nothing';
    throw new PublishedIndexError(
      'PUBLISHED_TREND_REQUEST_INVALID',
      `province ${problem} is not a province id of at most ${MAX_PROVINCE_LENGTH} characters`,
      'province',
    );
  }
  return id;
}

function checkedKind(kind: unknown): PublishedIndexKind | undefined {
  if (kind === undefined) return undefined;
  if (typeof kind === 'string' && (PUBLISHED_INDEX_KINDS as readonly string[]).includes(kind)) return kind as PublishedIndexKind;
  const problem = typeof kind === 'string' ? echo(kind) : typeof kind;
  throw new PublishedIndexError('PUBLISHED_TREND_REQUEST_INVALID', `kind ${problem} is not one of ${PUBLISHED_INDEX_KINDS.join(', ')}`, 'kind');
}
