// Original file: ranking.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AuditTrail as _par_ranking_v1_AuditTrail, AuditTrail__Output as _par_ranking_v1_AuditTrail__Output } from '../../../par/ranking/v1/AuditTrail';
import type { CorrectDecisionRequest as _par_ranking_v1_CorrectDecisionRequest, CorrectDecisionRequest__Output as _par_ranking_v1_CorrectDecisionRequest__Output } from '../../../par/ranking/v1/CorrectDecisionRequest';
import type { DecisionResult as _par_ranking_v1_DecisionResult, DecisionResult__Output as _par_ranking_v1_DecisionResult__Output } from '../../../par/ranking/v1/DecisionResult';
import type { GetAuditTrailRequest as _par_ranking_v1_GetAuditTrailRequest, GetAuditTrailRequest__Output as _par_ranking_v1_GetAuditTrailRequest__Output } from '../../../par/ranking/v1/GetAuditTrailRequest';
import type { GetPublishedDecisionsRequest as _par_ranking_v1_GetPublishedDecisionsRequest, GetPublishedDecisionsRequest__Output as _par_ranking_v1_GetPublishedDecisionsRequest__Output } from '../../../par/ranking/v1/GetPublishedDecisionsRequest';
import type { GetResultsRequest as _par_ranking_v1_GetResultsRequest, GetResultsRequest__Output as _par_ranking_v1_GetResultsRequest__Output } from '../../../par/ranking/v1/GetResultsRequest';
import type { LogVerification as _par_common_v1_LogVerification, LogVerification__Output as _par_common_v1_LogVerification__Output } from '../../../par/common/v1/LogVerification';
import type { PublishDecisionRequest as _par_ranking_v1_PublishDecisionRequest, PublishDecisionRequest__Output as _par_ranking_v1_PublishDecisionRequest__Output } from '../../../par/ranking/v1/PublishDecisionRequest';
import type { PublishedDecisions as _par_ranking_v1_PublishedDecisions, PublishedDecisions__Output as _par_ranking_v1_PublishedDecisions__Output } from '../../../par/ranking/v1/PublishedDecisions';
import type { Results as _par_ranking_v1_Results, Results__Output as _par_ranking_v1_Results__Output } from '../../../par/ranking/v1/Results';
import type { VerifyLogRequest as _par_common_v1_VerifyLogRequest, VerifyLogRequest__Output as _par_common_v1_VerifyLogRequest__Output } from '../../../par/common/v1/VerifyLogRequest';

export interface RankingClient extends grpc.Client {
  CorrectDecision(argument: _par_ranking_v1_CorrectDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  CorrectDecision(argument: _par_ranking_v1_CorrectDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  CorrectDecision(argument: _par_ranking_v1_CorrectDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  CorrectDecision(argument: _par_ranking_v1_CorrectDecisionRequest, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  correctDecision(argument: _par_ranking_v1_CorrectDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  correctDecision(argument: _par_ranking_v1_CorrectDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  correctDecision(argument: _par_ranking_v1_CorrectDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  correctDecision(argument: _par_ranking_v1_CorrectDecisionRequest, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  
  GetAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  GetAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  GetAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  GetAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  getAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  getAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  getAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  getAuditTrail(argument: _par_ranking_v1_GetAuditTrailRequest, callback: grpc.requestCallback<_par_ranking_v1_AuditTrail__Output>): grpc.ClientUnaryCall;
  
  GetPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  GetPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  GetPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  GetPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  getPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  getPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  getPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  getPublishedDecisions(argument: _par_ranking_v1_GetPublishedDecisionsRequest, callback: grpc.requestCallback<_par_ranking_v1_PublishedDecisions__Output>): grpc.ClientUnaryCall;
  
  GetResults(argument: _par_ranking_v1_GetResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  GetResults(argument: _par_ranking_v1_GetResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  GetResults(argument: _par_ranking_v1_GetResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  GetResults(argument: _par_ranking_v1_GetResultsRequest, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  getResults(argument: _par_ranking_v1_GetResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  getResults(argument: _par_ranking_v1_GetResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  getResults(argument: _par_ranking_v1_GetResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  getResults(argument: _par_ranking_v1_GetResultsRequest, callback: grpc.requestCallback<_par_ranking_v1_Results__Output>): grpc.ClientUnaryCall;
  
  PublishDecision(argument: _par_ranking_v1_PublishDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  PublishDecision(argument: _par_ranking_v1_PublishDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  PublishDecision(argument: _par_ranking_v1_PublishDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  PublishDecision(argument: _par_ranking_v1_PublishDecisionRequest, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  publishDecision(argument: _par_ranking_v1_PublishDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  publishDecision(argument: _par_ranking_v1_PublishDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  publishDecision(argument: _par_ranking_v1_PublishDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  publishDecision(argument: _par_ranking_v1_PublishDecisionRequest, callback: grpc.requestCallback<_par_ranking_v1_DecisionResult__Output>): grpc.ClientUnaryCall;
  
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface RankingHandlers extends grpc.UntypedServiceImplementation {
  CorrectDecision: grpc.handleUnaryCall<_par_ranking_v1_CorrectDecisionRequest__Output, _par_ranking_v1_DecisionResult>;
  
  GetAuditTrail: grpc.handleUnaryCall<_par_ranking_v1_GetAuditTrailRequest__Output, _par_ranking_v1_AuditTrail>;
  
  GetPublishedDecisions: grpc.handleUnaryCall<_par_ranking_v1_GetPublishedDecisionsRequest__Output, _par_ranking_v1_PublishedDecisions>;
  
  GetResults: grpc.handleUnaryCall<_par_ranking_v1_GetResultsRequest__Output, _par_ranking_v1_Results>;
  
  PublishDecision: grpc.handleUnaryCall<_par_ranking_v1_PublishDecisionRequest__Output, _par_ranking_v1_DecisionResult>;
  
  VerifyLog: grpc.handleUnaryCall<_par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification>;
  
}

export interface RankingDefinition extends grpc.ServiceDefinition {
  CorrectDecision: MethodDefinition<_par_ranking_v1_CorrectDecisionRequest, _par_ranking_v1_DecisionResult, _par_ranking_v1_CorrectDecisionRequest__Output, _par_ranking_v1_DecisionResult__Output>
  GetAuditTrail: MethodDefinition<_par_ranking_v1_GetAuditTrailRequest, _par_ranking_v1_AuditTrail, _par_ranking_v1_GetAuditTrailRequest__Output, _par_ranking_v1_AuditTrail__Output>
  GetPublishedDecisions: MethodDefinition<_par_ranking_v1_GetPublishedDecisionsRequest, _par_ranking_v1_PublishedDecisions, _par_ranking_v1_GetPublishedDecisionsRequest__Output, _par_ranking_v1_PublishedDecisions__Output>
  GetResults: MethodDefinition<_par_ranking_v1_GetResultsRequest, _par_ranking_v1_Results, _par_ranking_v1_GetResultsRequest__Output, _par_ranking_v1_Results__Output>
  PublishDecision: MethodDefinition<_par_ranking_v1_PublishDecisionRequest, _par_ranking_v1_DecisionResult, _par_ranking_v1_PublishDecisionRequest__Output, _par_ranking_v1_DecisionResult__Output>
  VerifyLog: MethodDefinition<_par_common_v1_VerifyLogRequest, _par_common_v1_LogVerification, _par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification__Output>
}
