// Original file: appraisal.proto

import type { SheetLeaf as _par_appraisal_v1_SheetLeaf, SheetLeaf__Output as _par_appraisal_v1_SheetLeaf__Output } from '../../../par/appraisal/v1/SheetLeaf';
import type { SheetAdjustment as _par_appraisal_v1_SheetAdjustment, SheetAdjustment__Output as _par_appraisal_v1_SheetAdjustment__Output } from '../../../par/appraisal/v1/SheetAdjustment';

export interface AppraisalSheet {
  'cycleId'?: (string);
  'unitId'?: (string);
  'phase'?: (string);
  'sentAt'?: (string);
  'explanationDeadline'?: (string);
  'finalizedAt'?: (string);
  'version'?: (number);
  'leaves'?: (_par_appraisal_v1_SheetLeaf)[];
  'adjustments'?: (_par_appraisal_v1_SheetAdjustment)[];
  '_sentAt'?: "sentAt";
  '_explanationDeadline'?: "explanationDeadline";
  '_finalizedAt'?: "finalizedAt";
}

export interface AppraisalSheet__Output {
  'cycleId': (string);
  'unitId': (string);
  'phase': (string);
  'sentAt'?: (string);
  'explanationDeadline'?: (string);
  'finalizedAt'?: (string);
  'version': (number);
  'leaves': (_par_appraisal_v1_SheetLeaf__Output)[];
  'adjustments': (_par_appraisal_v1_SheetAdjustment__Output)[];
}
