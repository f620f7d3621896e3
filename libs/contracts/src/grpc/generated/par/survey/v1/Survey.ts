// Original file: survey.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplySurveyPointsRequest as _par_survey_v1_ApplySurveyPointsRequest, ApplySurveyPointsRequest__Output as _par_survey_v1_ApplySurveyPointsRequest__Output } from '../../../par/survey/v1/ApplySurveyPointsRequest';
import type { CommandResult as _par_common_v1_CommandResult, CommandResult__Output as _par_common_v1_CommandResult__Output } from '../../../par/common/v1/CommandResult';
import type { GetPublishedTrendRequest as _par_survey_v1_GetPublishedTrendRequest, GetPublishedTrendRequest__Output as _par_survey_v1_GetPublishedTrendRequest__Output } from '../../../par/survey/v1/GetPublishedTrendRequest';
import type { GetSurveyResultsRequest as _par_survey_v1_GetSurveyResultsRequest, GetSurveyResultsRequest__Output as _par_survey_v1_GetSurveyResultsRequest__Output } from '../../../par/survey/v1/GetSurveyResultsRequest';
import type { LogVerification as _par_common_v1_LogVerification, LogVerification__Output as _par_common_v1_LogVerification__Output } from '../../../par/common/v1/LogVerification';
import type { OpenCampaignRequest as _par_survey_v1_OpenCampaignRequest, OpenCampaignRequest__Output as _par_survey_v1_OpenCampaignRequest__Output } from '../../../par/survey/v1/OpenCampaignRequest';
import type { PublishedTrend as _par_survey_v1_PublishedTrend, PublishedTrend__Output as _par_survey_v1_PublishedTrend__Output } from '../../../par/survey/v1/PublishedTrend';
import type { RecordedResponses as _par_survey_v1_RecordedResponses, RecordedResponses__Output as _par_survey_v1_RecordedResponses__Output } from '../../../par/survey/v1/RecordedResponses';
import type { ResponsesChunk as _par_survey_v1_ResponsesChunk, ResponsesChunk__Output as _par_survey_v1_ResponsesChunk__Output } from '../../../par/survey/v1/ResponsesChunk';
import type { SurveyResults as _par_survey_v1_SurveyResults, SurveyResults__Output as _par_survey_v1_SurveyResults__Output } from '../../../par/survey/v1/SurveyResults';
import type { VerifyLogRequest as _par_common_v1_VerifyLogRequest, VerifyLogRequest__Output as _par_common_v1_VerifyLogRequest__Output } from '../../../par/common/v1/VerifyLogRequest';

export interface SurveyClient extends grpc.Client {
  ApplySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ApplySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ApplySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ApplySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  applySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  applySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  applySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  applySurveyPoints(argument: _par_survey_v1_ApplySurveyPointsRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  GetPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  GetPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  GetPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  GetPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  getPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  getPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  getPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  getPublishedTrend(argument: _par_survey_v1_GetPublishedTrendRequest, callback: grpc.requestCallback<_par_survey_v1_PublishedTrend__Output>): grpc.ClientUnaryCall;
  
  GetSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  GetSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  GetSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  GetSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  getSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  getSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  getSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  getSurveyResults(argument: _par_survey_v1_GetSurveyResultsRequest, callback: grpc.requestCallback<_par_survey_v1_SurveyResults__Output>): grpc.ClientUnaryCall;
  
  OpenCampaign(argument: _par_survey_v1_OpenCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  OpenCampaign(argument: _par_survey_v1_OpenCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  OpenCampaign(argument: _par_survey_v1_OpenCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  OpenCampaign(argument: _par_survey_v1_OpenCampaignRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCampaign(argument: _par_survey_v1_OpenCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCampaign(argument: _par_survey_v1_OpenCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCampaign(argument: _par_survey_v1_OpenCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCampaign(argument: _par_survey_v1_OpenCampaignRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordResponses(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  RecordResponses(metadata: grpc.Metadata, callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  RecordResponses(options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  RecordResponses(callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  recordResponses(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  recordResponses(metadata: grpc.Metadata, callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  recordResponses(options: grpc.CallOptions, callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  recordResponses(callback: grpc.requestCallback<_par_survey_v1_RecordedResponses__Output>): grpc.ClientWritableStream<_par_survey_v1_ResponsesChunk>;
  
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface SurveyHandlers extends grpc.UntypedServiceImplementation {
  ApplySurveyPoints: grpc.handleUnaryCall<_par_survey_v1_ApplySurveyPointsRequest__Output, _par_common_v1_CommandResult>;
  
  GetPublishedTrend: grpc.handleUnaryCall<_par_survey_v1_GetPublishedTrendRequest__Output, _par_survey_v1_PublishedTrend>;
  
  GetSurveyResults: grpc.handleUnaryCall<_par_survey_v1_GetSurveyResultsRequest__Output, _par_survey_v1_SurveyResults>;
  
  OpenCampaign: grpc.handleUnaryCall<_par_survey_v1_OpenCampaignRequest__Output, _par_common_v1_CommandResult>;
  
  RecordResponses: grpc.handleClientStreamingCall<_par_survey_v1_ResponsesChunk__Output, _par_survey_v1_RecordedResponses>;
  
  VerifyLog: grpc.handleUnaryCall<_par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification>;
  
}

export interface SurveyDefinition extends grpc.ServiceDefinition {
  ApplySurveyPoints: MethodDefinition<_par_survey_v1_ApplySurveyPointsRequest, _par_common_v1_CommandResult, _par_survey_v1_ApplySurveyPointsRequest__Output, _par_common_v1_CommandResult__Output>
  GetPublishedTrend: MethodDefinition<_par_survey_v1_GetPublishedTrendRequest, _par_survey_v1_PublishedTrend, _par_survey_v1_GetPublishedTrendRequest__Output, _par_survey_v1_PublishedTrend__Output>
  GetSurveyResults: MethodDefinition<_par_survey_v1_GetSurveyResultsRequest, _par_survey_v1_SurveyResults, _par_survey_v1_GetSurveyResultsRequest__Output, _par_survey_v1_SurveyResults__Output>
  OpenCampaign: MethodDefinition<_par_survey_v1_OpenCampaignRequest, _par_common_v1_CommandResult, _par_survey_v1_OpenCampaignRequest__Output, _par_common_v1_CommandResult__Output>
  RecordResponses: MethodDefinition<_par_survey_v1_ResponsesChunk, _par_survey_v1_RecordedResponses, _par_survey_v1_ResponsesChunk__Output, _par_survey_v1_RecordedResponses__Output>
  VerifyLog: MethodDefinition<_par_common_v1_VerifyLogRequest, _par_common_v1_LogVerification, _par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification__Output>
}
