import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { ScoringMethod } from './self-assessment.api';

/** How the leaf is scored, in a few words: "chấm theo bước 0,25 điểm", "trừ 0,50 điểm mỗi vi phạm". */
export function MethodHint({ method }: { method: ScoringMethod | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (method?.kind) {
    case 'manual':
      return t('selfAssessment.method.manual', { step: format.points(method.step) });
    case 'bands':
      return t('selfAssessment.method.bands');
    case 'allOrNothing':
      return t('selfAssessment.method.allOrNothing');
    case 'deduction':
      return method.cap
        ? t('selfAssessment.method.deductionCapped', { per: format.points(method.perOccurrence), cap: format.points(method.cap) })
        : t('selfAssessment.method.deduction', { per: format.points(method.perOccurrence) });
    default:
      return null;
  }
}
