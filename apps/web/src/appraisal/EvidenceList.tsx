import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { Evidence } from './appraisal.types';

/** Evidence as a decision cites it: title, document number, date, section. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (evidence.length === 0) return <Typography.Text type="secondary">{t('appraisal.sheet.noEvidence')}</Typography.Text>;
  return (
    <ul className="par-evidence">
      {evidence.map((item, index) => (
        <li key={index}>{[item.title, item.documentNo, item.date ? format.date(item.date) : undefined, item.section].filter(Boolean).join(' · ')}</li>
      ))}
    </ul>
  );
}
