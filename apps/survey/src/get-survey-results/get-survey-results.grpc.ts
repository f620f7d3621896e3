import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController } from '@par/grpc-server';
import { campaignIdOf, SurveyRpc } from '../infrastructure/survey-rpc';
import { GetSurveyResultsQuery } from './get-survey-results.query';
import type { FiguresView, SurveyResultsView } from './survey-results.view';

type ResultsMessage = RpcReply<'survey', 'GetSurveyResults'>;
type FiguresMessage = NonNullable<ResultsMessage['province']>;

/** A campaign's indices per unit and for the province, in the proto's shape: an index without answers is left unset. */
@GrpcController()
export class GetSurveyResultsGrpc {
  constructor(private readonly queries: QueryBus) {}

  @SurveyRpc('GetSurveyResults')
  async get(request: RpcRequest<'survey', 'GetSurveyResults'>): Promise<ResultsMessage> {
    return resultsMessage(await this.queries.execute(new GetSurveyResultsQuery(campaignIdOf(request))));
  }
}

function resultsMessage(view: SurveyResultsView): ResultsMessage {
  return {
    campaignId: view.campaign,
    units: view.units.map(({ unit, plannedSample, coverage, ...figures }) => ({
      unitId: unit,
      ...figuresMessage(figures),
      plannedSample: plannedSample ?? undefined,
      coverage: coverage ?? undefined,
    })),
    province: figuresMessage(view.province),
    basis: [...view.basis],
  };
}

/** null becomes undefined, which the gRPC encoder leaves unset (never ''). */
function figuresMessage(figures: FiguresView): FiguresMessage {
  return {
    respondents: figures.respondents,
    answers: figures.answers,
    index: figures.index ?? undefined,
    ci: figures.ci ?? undefined,
    aspects: figures.aspects.map((aspect) => ({ code: aspect.code, index: aspect.index ?? undefined, answers: aspect.answers })),
  };
}
