// Original file: common.proto


export interface VerifyLogRequest {
}

export interface VerifyLogRequest__Output {
}
