import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, optionalText, requiredId } from '@par/grpc-server';
import { SurveyRpc } from '../../infrastructure/survey-rpc';
import { GetPublishedTrendQuery } from './get-published-trend.query';
import type { PublishedTrendView } from './published-trend.view';

type TrendMessage = RpcReply<'survey', 'GetPublishedTrend'>;

/** A province's published PAPI and DGI figures across years, in the proto's shape (a first year's change left unset). */
@GrpcController()
export class GetPublishedTrendGrpc {
  constructor(private readonly queries: QueryBus) {}

  @SurveyRpc('GetPublishedTrend')
  async get(request: RpcRequest<'survey', 'GetPublishedTrend'>): Promise<TrendMessage> {
    const province = requiredId(request.province, 'province');
    return trendMessage(await this.queries.execute(new GetPublishedTrendQuery(province, optionalText(request.kind))));
  }
}

function trendMessage(view: PublishedTrendView): TrendMessage {
  return {
    province: view.province,
    indices: view.indices.map((index) => ({
      kind: index.kind,
      years: index.years.map((year) => ({
        year: year.year,
        revision: year.revision,
        total: year.total,
        maxTotal: year.maxTotal,
        change: year.change ?? undefined,
        sourceTitle: year.source.title,
      })),
      dimensions: index.dimensions.map((dimension) => ({
        code: dimension.code,
        title: dimension.title,
        max: dimension.max,
        scores: dimension.scores.map((point) => ({ year: point.year, score: point.score, change: point.change ?? undefined })),
      })),
    })),
  };
}
