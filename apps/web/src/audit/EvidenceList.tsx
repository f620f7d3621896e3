import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { AuditEvidence } from './audit.api';

/** The documents a value rests on: title, then number, date and section where given. */
export function EvidenceList({ evidence }: { evidence: readonly AuditEvidence[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (evidence.length === 0) return t('common.none');
  return (
    <ul className="par-audit-evidence">
      {evidence.map((item, index) => {
        const details = [item.documentNo, item.date ? format.date(item.date) : null, item.section].filter(Boolean).join(', ');
        return <li key={index}>{details ? `${item.title} (${details})` : item.title}</li>;
      })}
    </ul>
  );
}
