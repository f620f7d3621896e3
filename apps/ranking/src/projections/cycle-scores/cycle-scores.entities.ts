import { AdjustmentRow } from './entities/adjustment.entity';
import { ApplicabilityRow } from './entities/applicability.entity';
import { AppraisalStatusRow } from './entities/appraisal-status.entity';
import { CriteriaSetVersionRow } from './entities/criteria-set-version.entity';
import { CycleRow } from './entities/cycle.entity';
import { GroupRow } from './entities/group.entity';
import { LeafValueRow } from './entities/leaf-value.entity';
import { SelfAssessmentRow } from './entities/self-assessment.entity';
import { SelfScoreRow } from './entities/self-score.entity';
import { SurveyValueRow } from './entities/survey-value.entity';
import { UnitRow } from './entities/unit.entity';

/** Every table of the cycle-scores read model (tables: cycle-scores.migration.ts). */
export const CYCLE_SCORES_ENTITIES = [
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
  SurveyValueRow,
];
