import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppraisalPhase } from './appraisal.types';

/** Solid colours dark enough for white text (antd's light presets fall below 4.5:1 contrast). */
const COLOURS: Record<AppraisalPhase, string> = { notStarted: '#595959', appraising: '#0958d9', resultSent: '#ad4e00', finalized: '#237804' };

/** Where a unit's appraisal stands, in words. */
export function PhaseTag({ phase }: { phase: AppraisalPhase }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[phase]}>{t(`appraisal.phases.${phase}`)}</Tag>;
}
