// Original file: submissions.proto


export interface GetCycleOverviewRequest {
  'cycleId'?: (string);
}

export interface GetCycleOverviewRequest__Output {
  'cycleId': (string);
}
