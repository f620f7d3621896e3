// Original file: survey.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';

export interface ResponsesChunk {
  'actor'?: (_par_common_v1_Actor | null);
  'campaignId'?: (string);
  'format'?: (string);
  'bytes'?: (Buffer | Uint8Array | string);
}

export interface ResponsesChunk__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'campaignId': (string);
  'format': (string);
  'bytes': (Buffer);
}
