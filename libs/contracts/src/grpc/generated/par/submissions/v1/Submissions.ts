// Original file: submissions.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ClearScoreRequest as _par_submissions_v1_ClearScoreRequest, ClearScoreRequest__Output as _par_submissions_v1_ClearScoreRequest__Output } from '../../../par/submissions/v1/ClearScoreRequest';
import type { CommandResult as _par_common_v1_CommandResult, CommandResult__Output as _par_common_v1_CommandResult__Output } from '../../../par/common/v1/CommandResult';
import type { CorrectCriteriaSetRequest as _par_submissions_v1_CorrectCriteriaSetRequest, CorrectCriteriaSetRequest__Output as _par_submissions_v1_CorrectCriteriaSetRequest__Output } from '../../../par/submissions/v1/CorrectCriteriaSetRequest';
import type { CreateCycleRequest as _par_submissions_v1_CreateCycleRequest, CreateCycleRequest__Output as _par_submissions_v1_CreateCycleRequest__Output } from '../../../par/submissions/v1/CreateCycleRequest';
import type { CycleList as _par_submissions_v1_CycleList, CycleList__Output as _par_submissions_v1_CycleList__Output } from '../../../par/submissions/v1/CycleList';
import type { CycleOverview as _par_submissions_v1_CycleOverview, CycleOverview__Output as _par_submissions_v1_CycleOverview__Output } from '../../../par/submissions/v1/CycleOverview';
import type { CycleRequest as _par_submissions_v1_CycleRequest, CycleRequest__Output as _par_submissions_v1_CycleRequest__Output } from '../../../par/submissions/v1/CycleRequest';
import type { DefineCriteriaSetRequest as _par_submissions_v1_DefineCriteriaSetRequest, DefineCriteriaSetRequest__Output as _par_submissions_v1_DefineCriteriaSetRequest__Output } from '../../../par/submissions/v1/DefineCriteriaSetRequest';
import type { DefineGroupRequest as _par_submissions_v1_DefineGroupRequest, DefineGroupRequest__Output as _par_submissions_v1_DefineGroupRequest__Output } from '../../../par/submissions/v1/DefineGroupRequest';
import type { GetCycleOverviewRequest as _par_submissions_v1_GetCycleOverviewRequest, GetCycleOverviewRequest__Output as _par_submissions_v1_GetCycleOverviewRequest__Output } from '../../../par/submissions/v1/GetCycleOverviewRequest';
import type { ListCyclesRequest as _par_submissions_v1_ListCyclesRequest, ListCyclesRequest__Output as _par_submissions_v1_ListCyclesRequest__Output } from '../../../par/submissions/v1/ListCyclesRequest';
import type { LogVerification as _par_common_v1_LogVerification, LogVerification__Output as _par_common_v1_LogVerification__Output } from '../../../par/common/v1/LogVerification';
import type { ProgressQuery as _par_submissions_v1_ProgressQuery, ProgressQuery__Output as _par_submissions_v1_ProgressQuery__Output } from '../../../par/submissions/v1/ProgressQuery';
import type { ProgressView as _par_submissions_v1_ProgressView, ProgressView__Output as _par_submissions_v1_ProgressView__Output } from '../../../par/submissions/v1/ProgressView';
import type { RegisterUnitRequest as _par_submissions_v1_RegisterUnitRequest, RegisterUnitRequest__Output as _par_submissions_v1_RegisterUnitRequest__Output } from '../../../par/submissions/v1/RegisterUnitRequest';
import type { RenameUnitRequest as _par_submissions_v1_RenameUnitRequest, RenameUnitRequest__Output as _par_submissions_v1_RenameUnitRequest__Output } from '../../../par/submissions/v1/RenameUnitRequest';
import type { ReopenSelfAssessmentRequest as _par_submissions_v1_ReopenSelfAssessmentRequest, ReopenSelfAssessmentRequest__Output as _par_submissions_v1_ReopenSelfAssessmentRequest__Output } from '../../../par/submissions/v1/ReopenSelfAssessmentRequest';
import type { ScoreCriterionRequest as _par_submissions_v1_ScoreCriterionRequest, ScoreCriterionRequest__Output as _par_submissions_v1_ScoreCriterionRequest__Output } from '../../../par/submissions/v1/ScoreCriterionRequest';
import type { SelfAssessmentRequest as _par_submissions_v1_SelfAssessmentRequest, SelfAssessmentRequest__Output as _par_submissions_v1_SelfAssessmentRequest__Output } from '../../../par/submissions/v1/SelfAssessmentRequest';
import type { SelfAssessmentView as _par_submissions_v1_SelfAssessmentView, SelfAssessmentView__Output as _par_submissions_v1_SelfAssessmentView__Output } from '../../../par/submissions/v1/SelfAssessmentView';
import type { SetApplicabilityRequest as _par_submissions_v1_SetApplicabilityRequest, SetApplicabilityRequest__Output as _par_submissions_v1_SetApplicabilityRequest__Output } from '../../../par/submissions/v1/SetApplicabilityRequest';
import type { SetDeadlinesRequest as _par_submissions_v1_SetDeadlinesRequest, SetDeadlinesRequest__Output as _par_submissions_v1_SetDeadlinesRequest__Output } from '../../../par/submissions/v1/SetDeadlinesRequest';
import type { UnitQuery as _par_submissions_v1_UnitQuery, UnitQuery__Output as _par_submissions_v1_UnitQuery__Output } from '../../../par/submissions/v1/UnitQuery';
import type { VerifyLogRequest as _par_common_v1_VerifyLogRequest, VerifyLogRequest__Output as _par_common_v1_VerifyLogRequest__Output } from '../../../par/common/v1/VerifyLogRequest';

export interface SubmissionsClient extends grpc.Client {
  ClearScore(argument: _par_submissions_v1_ClearScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ClearScore(argument: _par_submissions_v1_ClearScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ClearScore(argument: _par_submissions_v1_ClearScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ClearScore(argument: _par_submissions_v1_ClearScoreRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  clearScore(argument: _par_submissions_v1_ClearScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  clearScore(argument: _par_submissions_v1_ClearScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  clearScore(argument: _par_submissions_v1_ClearScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  clearScore(argument: _par_submissions_v1_ClearScoreRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  CloseCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CloseCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CloseCycle(argument: _par_submissions_v1_CycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CloseCycle(argument: _par_submissions_v1_CycleRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  closeCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  closeCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  closeCycle(argument: _par_submissions_v1_CycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  closeCycle(argument: _par_submissions_v1_CycleRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  CorrectCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CorrectCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CorrectCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CorrectCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  correctCriteriaSet(argument: _par_submissions_v1_CorrectCriteriaSetRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  CreateCycle(argument: _par_submissions_v1_CreateCycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CreateCycle(argument: _par_submissions_v1_CreateCycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CreateCycle(argument: _par_submissions_v1_CreateCycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  CreateCycle(argument: _par_submissions_v1_CreateCycleRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  createCycle(argument: _par_submissions_v1_CreateCycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  createCycle(argument: _par_submissions_v1_CreateCycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  createCycle(argument: _par_submissions_v1_CreateCycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  createCycle(argument: _par_submissions_v1_CreateCycleRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  DefineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  DefineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  DefineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  DefineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineCriteriaSet(argument: _par_submissions_v1_DefineCriteriaSetRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  DefineGroup(argument: _par_submissions_v1_DefineGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  DefineGroup(argument: _par_submissions_v1_DefineGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  DefineGroup(argument: _par_submissions_v1_DefineGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  DefineGroup(argument: _par_submissions_v1_DefineGroupRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _par_submissions_v1_DefineGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _par_submissions_v1_DefineGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _par_submissions_v1_DefineGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _par_submissions_v1_DefineGroupRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  GetCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  GetCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  GetCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  GetCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  getCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  getCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  getCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  getCycleOverview(argument: _par_submissions_v1_GetCycleOverviewRequest, callback: grpc.requestCallback<_par_submissions_v1_CycleOverview__Output>): grpc.ClientUnaryCall;
  
  GetProgress(argument: _par_submissions_v1_ProgressQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  GetProgress(argument: _par_submissions_v1_ProgressQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  GetProgress(argument: _par_submissions_v1_ProgressQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  GetProgress(argument: _par_submissions_v1_ProgressQuery, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  getProgress(argument: _par_submissions_v1_ProgressQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  getProgress(argument: _par_submissions_v1_ProgressQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  getProgress(argument: _par_submissions_v1_ProgressQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  getProgress(argument: _par_submissions_v1_ProgressQuery, callback: grpc.requestCallback<_par_submissions_v1_ProgressView__Output>): grpc.ClientUnaryCall;
  
  GetSelfAssessment(argument: _par_submissions_v1_UnitQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  GetSelfAssessment(argument: _par_submissions_v1_UnitQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  GetSelfAssessment(argument: _par_submissions_v1_UnitQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  GetSelfAssessment(argument: _par_submissions_v1_UnitQuery, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  getSelfAssessment(argument: _par_submissions_v1_UnitQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  getSelfAssessment(argument: _par_submissions_v1_UnitQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  getSelfAssessment(argument: _par_submissions_v1_UnitQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  getSelfAssessment(argument: _par_submissions_v1_UnitQuery, callback: grpc.requestCallback<_par_submissions_v1_SelfAssessmentView__Output>): grpc.ClientUnaryCall;
  
  ListCycles(argument: _par_submissions_v1_ListCyclesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  ListCycles(argument: _par_submissions_v1_ListCyclesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  ListCycles(argument: _par_submissions_v1_ListCyclesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  ListCycles(argument: _par_submissions_v1_ListCyclesRequest, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  listCycles(argument: _par_submissions_v1_ListCyclesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  listCycles(argument: _par_submissions_v1_ListCyclesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  listCycles(argument: _par_submissions_v1_ListCyclesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  listCycles(argument: _par_submissions_v1_ListCyclesRequest, callback: grpc.requestCallback<_par_submissions_v1_CycleList__Output>): grpc.ClientUnaryCall;
  
  OpenCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  OpenCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  OpenCycle(argument: _par_submissions_v1_CycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  OpenCycle(argument: _par_submissions_v1_CycleRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCycle(argument: _par_submissions_v1_CycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCycle(argument: _par_submissions_v1_CycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  openCycle(argument: _par_submissions_v1_CycleRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  RegisterUnit(argument: _par_submissions_v1_RegisterUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RegisterUnit(argument: _par_submissions_v1_RegisterUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RegisterUnit(argument: _par_submissions_v1_RegisterUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RegisterUnit(argument: _par_submissions_v1_RegisterUnitRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  registerUnit(argument: _par_submissions_v1_RegisterUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  registerUnit(argument: _par_submissions_v1_RegisterUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  registerUnit(argument: _par_submissions_v1_RegisterUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  registerUnit(argument: _par_submissions_v1_RegisterUnitRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  RenameUnit(argument: _par_submissions_v1_RenameUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RenameUnit(argument: _par_submissions_v1_RenameUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RenameUnit(argument: _par_submissions_v1_RenameUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  RenameUnit(argument: _par_submissions_v1_RenameUnitRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _par_submissions_v1_RenameUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _par_submissions_v1_RenameUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _par_submissions_v1_RenameUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _par_submissions_v1_RenameUnitRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  ReopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ReopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ReopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ReopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  reopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  reopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  reopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  reopenSelfAssessment(argument: _par_submissions_v1_ReopenSelfAssessmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  ScoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ScoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ScoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  ScoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  scoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  scoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  scoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  scoreCriterion(argument: _par_submissions_v1_ScoreCriterionRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  SetApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SetApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SetApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SetApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setApplicability(argument: _par_submissions_v1_SetApplicabilityRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  SetDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SetDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SetDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SetDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  setDeadlines(argument: _par_submissions_v1_SetDeadlinesRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  SubmitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SubmitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SubmitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  SubmitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  submitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  submitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  submitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  submitSelfAssessment(argument: _par_submissions_v1_SelfAssessmentRequest, callback: grpc.requestCallback<_par_common_v1_CommandResult__Output>): grpc.ClientUnaryCall;
  
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  VerifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  verifyLog(argument: _par_common_v1_VerifyLogRequest, callback: grpc.requestCallback<_par_common_v1_LogVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface SubmissionsHandlers extends grpc.UntypedServiceImplementation {
  ClearScore: grpc.handleUnaryCall<_par_submissions_v1_ClearScoreRequest__Output, _par_common_v1_CommandResult>;
  
  CloseCycle: grpc.handleUnaryCall<_par_submissions_v1_CycleRequest__Output, _par_common_v1_CommandResult>;
  
  CorrectCriteriaSet: grpc.handleUnaryCall<_par_submissions_v1_CorrectCriteriaSetRequest__Output, _par_common_v1_CommandResult>;
  
  CreateCycle: grpc.handleUnaryCall<_par_submissions_v1_CreateCycleRequest__Output, _par_common_v1_CommandResult>;
  
  DefineCriteriaSet: grpc.handleUnaryCall<_par_submissions_v1_DefineCriteriaSetRequest__Output, _par_common_v1_CommandResult>;
  
  DefineGroup: grpc.handleUnaryCall<_par_submissions_v1_DefineGroupRequest__Output, _par_common_v1_CommandResult>;
  
  GetCycleOverview: grpc.handleUnaryCall<_par_submissions_v1_GetCycleOverviewRequest__Output, _par_submissions_v1_CycleOverview>;
  
  GetProgress: grpc.handleUnaryCall<_par_submissions_v1_ProgressQuery__Output, _par_submissions_v1_ProgressView>;
  
  GetSelfAssessment: grpc.handleUnaryCall<_par_submissions_v1_UnitQuery__Output, _par_submissions_v1_SelfAssessmentView>;
  
  ListCycles: grpc.handleUnaryCall<_par_submissions_v1_ListCyclesRequest__Output, _par_submissions_v1_CycleList>;
  
  OpenCycle: grpc.handleUnaryCall<_par_submissions_v1_CycleRequest__Output, _par_common_v1_CommandResult>;
  
  RegisterUnit: grpc.handleUnaryCall<_par_submissions_v1_RegisterUnitRequest__Output, _par_common_v1_CommandResult>;
  
  RenameUnit: grpc.handleUnaryCall<_par_submissions_v1_RenameUnitRequest__Output, _par_common_v1_CommandResult>;
  
  ReopenSelfAssessment: grpc.handleUnaryCall<_par_submissions_v1_ReopenSelfAssessmentRequest__Output, _par_common_v1_CommandResult>;
  
  ScoreCriterion: grpc.handleUnaryCall<_par_submissions_v1_ScoreCriterionRequest__Output, _par_common_v1_CommandResult>;
  
  SetApplicability: grpc.handleUnaryCall<_par_submissions_v1_SetApplicabilityRequest__Output, _par_common_v1_CommandResult>;
  
  SetDeadlines: grpc.handleUnaryCall<_par_submissions_v1_SetDeadlinesRequest__Output, _par_common_v1_CommandResult>;
  
  SubmitSelfAssessment: grpc.handleUnaryCall<_par_submissions_v1_SelfAssessmentRequest__Output, _par_common_v1_CommandResult>;
  
  VerifyLog: grpc.handleUnaryCall<_par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification>;
  
}

export interface SubmissionsDefinition extends grpc.ServiceDefinition {
  ClearScore: MethodDefinition<_par_submissions_v1_ClearScoreRequest, _par_common_v1_CommandResult, _par_submissions_v1_ClearScoreRequest__Output, _par_common_v1_CommandResult__Output>
  CloseCycle: MethodDefinition<_par_submissions_v1_CycleRequest, _par_common_v1_CommandResult, _par_submissions_v1_CycleRequest__Output, _par_common_v1_CommandResult__Output>
  CorrectCriteriaSet: MethodDefinition<_par_submissions_v1_CorrectCriteriaSetRequest, _par_common_v1_CommandResult, _par_submissions_v1_CorrectCriteriaSetRequest__Output, _par_common_v1_CommandResult__Output>
  CreateCycle: MethodDefinition<_par_submissions_v1_CreateCycleRequest, _par_common_v1_CommandResult, _par_submissions_v1_CreateCycleRequest__Output, _par_common_v1_CommandResult__Output>
  DefineCriteriaSet: MethodDefinition<_par_submissions_v1_DefineCriteriaSetRequest, _par_common_v1_CommandResult, _par_submissions_v1_DefineCriteriaSetRequest__Output, _par_common_v1_CommandResult__Output>
  DefineGroup: MethodDefinition<_par_submissions_v1_DefineGroupRequest, _par_common_v1_CommandResult, _par_submissions_v1_DefineGroupRequest__Output, _par_common_v1_CommandResult__Output>
  GetCycleOverview: MethodDefinition<_par_submissions_v1_GetCycleOverviewRequest, _par_submissions_v1_CycleOverview, _par_submissions_v1_GetCycleOverviewRequest__Output, _par_submissions_v1_CycleOverview__Output>
  GetProgress: MethodDefinition<_par_submissions_v1_ProgressQuery, _par_submissions_v1_ProgressView, _par_submissions_v1_ProgressQuery__Output, _par_submissions_v1_ProgressView__Output>
  GetSelfAssessment: MethodDefinition<_par_submissions_v1_UnitQuery, _par_submissions_v1_SelfAssessmentView, _par_submissions_v1_UnitQuery__Output, _par_submissions_v1_SelfAssessmentView__Output>
  ListCycles: MethodDefinition<_par_submissions_v1_ListCyclesRequest, _par_submissions_v1_CycleList, _par_submissions_v1_ListCyclesRequest__Output, _par_submissions_v1_CycleList__Output>
  OpenCycle: MethodDefinition<_par_submissions_v1_CycleRequest, _par_common_v1_CommandResult, _par_submissions_v1_CycleRequest__Output, _par_common_v1_CommandResult__Output>
  RegisterUnit: MethodDefinition<_par_submissions_v1_RegisterUnitRequest, _par_common_v1_CommandResult, _par_submissions_v1_RegisterUnitRequest__Output, _par_common_v1_CommandResult__Output>
  RenameUnit: MethodDefinition<_par_submissions_v1_RenameUnitRequest, _par_common_v1_CommandResult, _par_submissions_v1_RenameUnitRequest__Output, _par_common_v1_CommandResult__Output>
  ReopenSelfAssessment: MethodDefinition<_par_submissions_v1_ReopenSelfAssessmentRequest, _par_common_v1_CommandResult, _par_submissions_v1_ReopenSelfAssessmentRequest__Output, _par_common_v1_CommandResult__Output>
  ScoreCriterion: MethodDefinition<_par_submissions_v1_ScoreCriterionRequest, _par_common_v1_CommandResult, _par_submissions_v1_ScoreCriterionRequest__Output, _par_common_v1_CommandResult__Output>
  SetApplicability: MethodDefinition<_par_submissions_v1_SetApplicabilityRequest, _par_common_v1_CommandResult, _par_submissions_v1_SetApplicabilityRequest__Output, _par_common_v1_CommandResult__Output>
  SetDeadlines: MethodDefinition<_par_submissions_v1_SetDeadlinesRequest, _par_common_v1_CommandResult, _par_submissions_v1_SetDeadlinesRequest__Output, _par_common_v1_CommandResult__Output>
  SubmitSelfAssessment: MethodDefinition<_par_submissions_v1_SelfAssessmentRequest, _par_common_v1_CommandResult, _par_submissions_v1_SelfAssessmentRequest__Output, _par_common_v1_CommandResult__Output>
  VerifyLog: MethodDefinition<_par_common_v1_VerifyLogRequest, _par_common_v1_LogVerification, _par_common_v1_VerifyLogRequest__Output, _par_common_v1_LogVerification__Output>
}
