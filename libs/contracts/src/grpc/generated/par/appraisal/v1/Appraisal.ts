// Original file: appraisal.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcceptCriterionRequest as _par_appraisal_v1_AcceptCriterionRequest, AcceptCriterionRequest__Output as _par_appraisal_v1_AcceptCriterionRequest__Output } from '../../../par/appraisal/v1/AcceptCriterionRequest';
import type { AppraisalQueue as _par_appraisal_v1_AppraisalQueue, AppraisalQueue__Output as _par_appraisal_v1_AppraisalQueue__Output } from '../../../par/appraisal/v1/AppraisalQueue';
import type { AppraisalSheet as _par_appraisal_v1_AppraisalSheet, AppraisalSheet__Output as _par_appraisal_v1_AppraisalSheet__Output } from '../../../par/appraisal/v1/AppraisalSheet';
import type { AppraiseCriterionRequest as _par_appraisal_v1_AppraiseCriterionRequest, AppraiseCriterionRequest__Output as _par_appraisal_v1_AppraiseCriterionRequest__Output } from '../../../par/appraisal/v1/AppraiseCriterionRequest';
import type { CommandResult as _par_common_v1_CommandResult, CommandResult__Output as _par_common_v1_CommandResult__Output } from '../../../par/common/v1/CommandResult';
import type { CorrectScoreRequest as _par_appraisal_v1_CorrectScoreRequest, CorrectScoreRequest__Output as _par_appraisal_v1_CorrectScoreRequest__Output } from '../../../par/appraisal/v1/CorrectScoreRequest';
import type { FileExplanationRequest as _par_appraisal_v1_FileExplanationRequest, FileExplanationRequest__Output as _par_appraisal_v1_FileExplanationRequest__Output } from '../../../par/appraisal/v1/FileExplanationRequest';
import type { FinalizeAppraisalRequest as _par_appraisal_v1_FinalizeAppraisalRequest, FinalizeAppraisalRequest__Output as _par_appraisal_v1_FinalizeAppraisalRequest__Output } from '../../../par/appraisal/v1/FinalizeAppraisalRequest';
import type { GetAppraisalSheetRequest as _par_appraisal_v1_GetAppraisalSheetRequest, GetAppraisalSheetRequest__Output as _par_appraisal_v1_GetAppraisalSheetRequest__Output } from '../../../par/appraisal/v1/GetAppraisalSheetRequest';
import type { ListAppraisalsRequest as _par_appraisal_v1_ListAppraisalsRequest, ListAppraisalsRequest__Output as _par_appraisal_v1_ListAppraisalsRequest__Output } from '../../../par/appraisal/v1/ListAppraisalsRequest';
import type { LogVerification as _par_common_v1_LogVerification, LogVerification__Output as _par_common_v1_LogVerification__Output } from '../../../par/common/v1/LogVerification';
import type { MarkCriterionNotApplicableRequest as _par_appraisal_v1_MarkCriterionNotApplicableRequest, MarkCriterionNotApplicableRequest__Output as _par_appraisal_v1_MarkCriterionNotApplicableRequest__Output } from '../../../par/appraisal/v1/MarkCriterionNotApplicableRequest';
import type { RecordAdjustmentRequest as _par_appraisal_v1_RecordAdjustmentRequest, RecordAdjustmentRequest__Output as _par_appraisal_v1_RecordAdjustmentRequest__Output } from '../../../par/appraisal/v1/RecordAdjustmentRequest';
import type { RemoveAdjustmentRequest as _par_appraisal_v1_RemoveAdjustmentRequest, RemoveAdjustmentRequest__Output as _par_appraisal_v1_RemoveAdjustmentRequest__Output } from '../../../par/appraisal/v1/RemoveAdjustmentRequest';
import type { ResolveExplanationRequest as _par_appraisal_v1_ResolveExplanationRequest, ResolveExplanationRequest__Output as _par_appraisal_v1_ResolveExplanationRequest__Output } from '../../../par/appraisal/v1/ResolveExplanationRequest';
import type { SendResultToUnitRequest as _par_appraisal_v1_SendResultToUnitRequest, SendResultToUnitRequest__Output as _par_appraisal_v1_SendResultToUnitRequest__Output } from '../../../par/appraisal/v1/SendResultToUnitRequest';
import type { VerifyLogRequest as _par_common_v1_VerifyLogRequest, VerifyLogRequest__Output as _par_common_v1_VerifyLogRequest__Output } from '../../../par/common/v1/VerifyLogRequest';

export interface AppraisalClient extends grpc.Client {
  AcceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  AcceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  AcceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  AcceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  acceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  acceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  acceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  acceptCriterion(argument: _par_appraisal_v1_AcceptCriterionRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  AppraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  AppraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  AppraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  AppraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  appraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  appraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  appraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  appraiseCriterion(argument: _par_appraisal_v1_AppraiseCriterionRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  CorrectScore(argument: _par_appraisal_v1_CorrectScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CorrectScore(argument: _par_appraisal_v1_CorrectScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CorrectScore(argument: _par_appraisal_v1_CorrectScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CorrectScore(argument: _par_appraisal_v1_CorrectScoreRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctScore(argument: _par_appraisal_v1_CorrectScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctScore(argument: _par_appraisal_v1_CorrectScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctScore(argument: _par_appraisal_v1_CorrectScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctScore(argument: _par_appraisal_v1_CorrectScoreRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  FileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  FileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  FileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  FileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  fileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  fileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  fileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  fileExplanation(argument: _par_appraisal_v1_FileExplanationRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  FinalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  FinalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  FinalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  FinalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  finalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  finalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  finalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  finalizeAppraisal(argument: _par_appraisal_v1_FinalizeAppraisalRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  GetAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  GetAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  GetAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  GetAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  getAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  getAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  getAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  getAppraisalSheet(argument: _par_appraisal_v1_GetAppraisalSheetRequest, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalSheet__Output>): grpc.ClientUnaryCall;
  
  ListAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  ListAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  ListAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  ListAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  listAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  listAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  listAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  listAppraisals(argument: _par_appraisal_v1_ListAppraisalsRequest, callback: grpc.requestCallback<_par_appraisal_v1_AppraisalQueue__Output>): grpc.ClientUnaryCall;
  
  MarkCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  MarkCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  MarkCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  MarkCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  markCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  markCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  markCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  markCriterionNotApplicable(argument: _par_appraisal_v1_MarkCriterionNotApplicableRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RecordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RecordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RecordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordBonus(argument: _par_appraisal_v1_RecordAdjustmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RecordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RecordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RecordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  recordDeduction(argument: _par_appraisal_v1_RecordAdjustmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  RemoveAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RemoveAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RemoveAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RemoveAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  removeAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  removeAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  removeAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  removeAdjustment(argument: _par_appraisal_v1_RemoveAdjustmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  ResolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ResolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ResolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ResolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  resolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  resolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  resolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  resolveExplanation(argument: _par_appraisal_v1_ResolveExplanationRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  SendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  sendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  sendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  sendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  sendResultToUnit(argument: _par_appraisal_v1_SendResultToUnitRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface AppraisalHandlers extends grpc.UntypedServiceImplementation {
  AcceptCriterion: grpc.handleUnaryCall<_par_appraisal_v1_AcceptCriterionRequest__Output, _par_common_v1_CommandResult>;
  
  AppraiseCriterion: grpc.handleUnaryCall<_par_appraisal_v1_AppraiseCriterionRequest__Output, _par_common_v1_CommandResult>;
  
  CorrectScore: grpc.handleUnaryCall<_par_appraisal_v1_CorrectScoreRequest__Output, _par_common_v1_CommandResult>;
  
  FileExplanation: grpc.handleUnaryCall<_par_appraisal_v1_FileExplanationRequest__Output, _par_common_v1_CommandResult>;
  
  FinalizeAppraisal: grpc.handleUnaryCall<_par_appraisal_v1_FinalizeAppraisalRequest__Output, _par_common_v1_CommandResult>;
  
  GetAppraisalSheet: grpc.handleUnaryCall<_par_appraisal_v1_GetAppraisalSheetRequest__Output, _par_appraisal_v1_AppraisalSheet>;
  
  ListAppraisals: grpc.handleUnaryCall<_par_appraisal_v1_ListAppraisalsRequest__Output, _par_appraisal_v1_AppraisalQueue>;
  
  MarkCriterionNotApplicable: grpc.handleUnaryCall<_par_appraisal_v1_MarkCriterionNotApplicableRequest__Output, _par_common_v1_CommandResult>;
  
  RecordBonus: grpc.handleUnaryCall<_par_appraisal_v1_RecordAdjustmentRequest__Output, _par_common_v1_CommandResult>;
  
  RecordDeduction: grpc.handleUnaryCall<_par_appraisal_v1_RecordAdjustmentRequest__Output, _par_common_v1_CommandResult>;
  
  RemoveAdjustment: grpc.handleUnaryCall<_par_appraisal_v1_RemoveAdjustmentRequest__Output, _par_common_v1_CommandResult>;
  
  ResolveExplanation: grpc.handleUnaryCall<_par_appraisal_v1_ResolveExplanationRequest__Output, _par_common_v1_CommandResult>;
  
  SendResultToUnit: grpc.handleUnaryCall<_par_appraisal_v1_SendResultToUnitRequest__Output, _par_common_v1_CommandResult>;
  
  VerifyLog: grpc.handleUnaryCall<_par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification>;
  
}

export interface AppraisalDefinition extends grpc.ServiceDefinition {
  AcceptCriterion: MethodDefinition<_par_appraisal_v1_AcceptCriterionRequest, _par_common_v1_CommandResult, _par_appraisal_v1_AcceptCriterionRequest__Output, _par_common_v1_CommandResult__Output>
  AppraiseCriterion: MethodDefinition<_par_appraisal_v1_AppraiseCriterionRequest, _par_common_v1_CommandResult, _par_appraisal_v1_AppraiseCriterionRequest__Output, _par_common_v1_CommandResult__Output>
  CorrectScore: MethodDefinition<_par_appraisal_v1_CorrectScoreRequest, _par_common_v1_CommandResult, _par_appraisal_v1_CorrectScoreRequest__Output, _par_common_v1_CommandResult__Output>
  FileExplanation: MethodDefinition<_par_appraisal_v1_FileExplanationRequest, _par_common_v1_CommandResult, _par_appraisal_v1_FileExplanationRequest__Output, _par_common_v1_CommandResult__Output>
  FinalizeAppraisal: MethodDefinition<_par_appraisal_v1_FinalizeAppraisalRequest, _par_common_v1_CommandResult, _par_appraisal_v1_FinalizeAppraisalRequest__Output, _par_common_v1_CommandResult__Output>
  GetAppraisalSheet: MethodDefinition<_par_appraisal_v1_GetAppraisalSheetRequest, _par_appraisal_v1_AppraisalSheet, _par_appraisal_v1_GetAppraisalSheetRequest__Output, _par_appraisal_v1_AppraisalSheet__Output>
  ListAppraisals: MethodDefinition<_par_appraisal_v1_ListAppraisalsRequest, _par_appraisal_v1_AppraisalQueue, _par_appraisal_v1_ListAppraisalsRequest__Output, _par_appraisal_v1_AppraisalQueue__Output>
  MarkCriterionNotApplicable: MethodDefinition<_par_appraisal_v1_MarkCriterionNotApplicableRequest, _par_common_v1_CommandResult, _par_appraisal_v1_MarkCriterionNotApplicableRequest__Output, _par_common_v1_CommandResult__Output>
  RecordBonus: MethodDefinition<_par_appraisal_v1_RecordAdjustmentRequest, _par_common_v1_CommandResult, _par_appraisal_v1_RecordAdjustmentRequest__Output, _par_common_v1_CommandResult__Output>
  RecordDeduction: MethodDefinition<_par_appraisal_v1_RecordAdjustmentRequest, _par_common_v1_CommandResult, _par_appraisal_v1_RecordAdjustmentRequest__Output, _par_common_v1_CommandResult__Output>
  RemoveAdjustment: MethodDefinition<_par_appraisal_v1_RemoveAdjustmentRequest, _par_common_v1_CommandResult, _par_appraisal_v1_RemoveAdjustmentRequest__Output, _par_common_v1_CommandResult__Output>
  ResolveExplanation: MethodDefinition<_par_appraisal_v1_ResolveExplanationRequest, _par_common_v1_CommandResult, _par_appraisal_v1_ResolveExplanationRequest__Output, _par_common_v1_CommandResult__Output>
  SendResultToUnit: MethodDefinition<_par_appraisal_v1_SendResultToUnitRequest, _par_common_v1_CommandResult, _par_appraisal_v1_SendResultToUnitRequest__Output, _par_common_v1_CommandResult__Output>
  VerifyLog: MethodDefinition<_par_common_v1_VerifyLogRequest, _par_common_v1_LogVerification, _par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification__Output>
}
