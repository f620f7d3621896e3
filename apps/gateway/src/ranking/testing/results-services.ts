import { INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { GrpcServiceKey, ResultsDocument, RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, grpcServerOptions, rpcMethodOf } from '@par/grpc-server';
import { SubmissionsError } from '@par/submissions';
import { freePort } from '@par/testing';

export const APPENDIX_CYCLE = 'cchc-2025';

/** Two groups as a decision lists them; a unit with nothing applicable (no index, no class) and one with a province's own class. */
export const APPENDIX_RESULTS: ResultsDocument = {
  cycle: APPENDIX_CYCLE,
  groups: [
    {
      group: 'departments',
      results: [
        {
          rank: 1,
          unit: 'so-noi-vu',
          name: 'Sở Nội vụ',
          selfTotal: '79.25',
          appraisedTotal: '94.97',
          applicableMax: '100.00',
          index: '94.97',
          class: 'XUAT_SAC',
          fields: [
            { field: '1', title: 'Công tác chỉ đạo, điều hành CCHC', achieved: '9.50', applicableMax: '10.00', index: '95.00' },
            { field: '2', title: 'Xây dựng và tổ chức thực hiện thể chế', achieved: '3.50', applicableMax: '7.50', index: '46.67' },
          ],
        },
        {
          rank: 2,
          unit: 'so-y',
          name: 'Sở Y',
          selfTotal: '0.00',
          appraisedTotal: '0.00',
          applicableMax: '0.00',
          index: null,
          class: null,
          fields: [
            { field: '1', title: 'Công tác chỉ đạo, điều hành CCHC', achieved: '0.00', applicableMax: '0.00', index: null },
            { field: '2', title: 'Xây dựng và tổ chức thực hiện thể chế', achieved: '0.00', applicableMax: '0.00', index: null },
          ],
        },
      ],
    },
    {
      group: 'districts',
      results: [
        {
          rank: 1,
          unit: 'huyen-a',
          name: 'UBND huyện A',
          selfTotal: '63.50',
          appraisedTotal: '62.11',
          applicableMax: '100.00',
          index: '62.11',
          class: 'DAT',
          fields: [],
        },
      ],
    },
  ],
};

const notFound = (cycleId: string) => new SubmissionsError('CYCLE_NOT_FOUND', `cycle "${cycleId}" does not exist`, { field: 'cycleId', value: cycleId });

@GrpcController()
class AppendixSubmissions {
  @(rpcMethodOf('submissions')('GetCycleOverview'))
  getCycleOverview(request: RpcRequest<'submissions', 'GetCycleOverview'>): RpcReply<'submissions', 'GetCycleOverview'> {
    if (request.cycleId !== APPENDIX_CYCLE) throw notFound(request.cycleId);
    return {
      cycleId: APPENDIX_CYCLE,
      year: 2025,
      title: 'Chỉ số CCHC năm 2025',
      evaluator: 'ubnd-tinh-demo',
      status: 'closed',
      groups: [
        { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' },
        { groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts' },
      ],
      units: [],
      criteriaSets: [],
    };
  }
}

@GrpcController()
class AppendixRanking {
  @(rpcMethodOf('ranking')('GetResults'))
  getResults(): RpcReply<'ranking', 'GetResults'> {
    return {
      cycle: APPENDIX_RESULTS.cycle,
      groups: APPENDIX_RESULTS.groups.map((group) => ({
        group: group.group,
        results: group.results.map(({ class: classCode, index, fields, ...row }) => ({
          ...row,
          index: index ?? undefined,
          classCode: classCode ?? undefined,
          fields: (fields ?? []).map((field) => ({ ...field, index: field.index ?? undefined })),
        })),
      })),
    };
  }
}

/** Submissions and ranking answering one cycle's overview and results, each behind the real gRPC edge on a free port. */
export async function startResultsServices(): Promise<{ submissions: string; ranking: string; close: () => Promise<void> }> {
  const submissions = await serve('submissions', AppendixSubmissions);
  const ranking = await serve('ranking', AppendixRanking);
  return {
    submissions: submissions.url,
    ranking: ranking.url,
    close: async () => {
      await ranking.app.close();
      await submissions.app.close();
    },
  };
}

async function serve(service: GrpcServiceKey, controller: new () => object): Promise<{ app: INestMicroservice; url: string }> {
  @Module({ controllers: [controller] })
  class ServiceModule {}
  const url = `127.0.0.1:${await freePort()}`;
  const app: INestMicroservice = await NestFactory.createMicroservice(ServiceModule, { ...grpcServerOptions(service, url), logger: ['error'] });
  await app.listen();
  return { app, url };
}
