import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditStage } from './audit.api';

/** Solid colours, dark enough for white text (antd's light preset tags fall below 4.5:1 contrast). */
const COLOURS: Record<AuditStage, string> = {
  self: '#434343',
  appraisal: '#0958d9',
  explanation: '#006d75',
  council: '#531dab',
  survey: '#ad4e00',
  correction: '#a8071a',
};

/** A stage of the chain by its Vietnamese name. */
export function StageLabel({ stage }: { stage: AuditStage }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[stage]}>{t(`audit.stages.${stage}`)}</Tag>;
}
