// Original file: common.proto

import type { BrokenEvent as _par_common_v1_BrokenEvent, BrokenEvent__Output as _par_common_v1_BrokenEvent__Output } from '../../../par/common/v1/BrokenEvent';
import type { Long } from '@grpc/proto-loader';

export interface LogVerification {
  'ok'?: (boolean);
  'events'?: (number | string | Long);
  'streams'?: (number | string | Long);
  'firstBroken'?: (_par_common_v1_BrokenEvent | null);
}

export interface LogVerification__Output {
  'ok': (boolean);
  'events': (string);
  'streams': (string);
  'firstBroken': (_par_common_v1_BrokenEvent__Output | null);
}
