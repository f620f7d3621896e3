import { rpcMethodOf } from '@par/grpc-server';

/** The method decorator of par.submissions.v1.Submissions, typed by the code generated from submissions.proto. */
export const SubmissionsRpc = rpcMethodOf('submissions');
