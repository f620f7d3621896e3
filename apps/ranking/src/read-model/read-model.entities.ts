import { AdjustmentRow } from './adjustment.entity';
import { ApplicabilityRow } from './applicability.entity';
import { AppraisalStatusRow } from './appraisal-status.entity';
import { AuditEntryRow } from './audit-entry.entity';
import { CriteriaSetVersionRow } from './criteria-set-version.entity';
import { CycleRow } from './cycle.entity';
import { GroupRow } from './group.entity';
import { LeafValueRow } from './leaf-value.entity';
import { SelfAssessmentRow } from './self-assessment.entity';
import { SelfScoreRow } from './self-score.entity';
import { UnitRow } from './unit.entity';

/** Every read-model table of the ranking service. */
export const READ_MODEL_ENTITIES = [
  CycleRow,
  GroupRow,
  CriteriaSetVersionRow,
  UnitRow,
  ApplicabilityRow,
  SelfAssessmentRow,
  SelfScoreRow,
  LeafValueRow,
  AdjustmentRow,
  AppraisalStatusRow,
  AuditEntryRow,
];
