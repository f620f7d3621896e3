// Original file: submissions.proto


export interface ListCyclesRequest {
}

export interface ListCyclesRequest__Output {
}
