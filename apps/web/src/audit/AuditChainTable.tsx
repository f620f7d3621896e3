import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { AuditEntry } from './audit.api';
import type { AuditChain } from './audit-chains';
import { ActorCell, ReasonCell, SourceCell, TimeCell } from './AuditEntryCells';
import { EvidenceList } from './EvidenceList';
import { StageLabel } from './StageLabel';

/** One leaf's whole chain (self → appraisal → explanation → council → survey → correction), a row per value it took. */
export function AuditChainTable({ chain }: { chain: AuditChain }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = chain.subject === 'leaf' ? t('audit.leaf', { code: chain.criterion ?? '' }) : t(`audit.${chain.subject}`);
  const points = (entry: AuditEntry) =>
    entry.fromPoints === null && entry.toPoints === null ? t('common.none') : `${format.points(entry.fromPoints)} → ${format.points(entry.toPoints)}`;

  return (
    <Card size="small" title={<h2 className="par-card-heading">{title}</h2>}>
      {/* Cells wrap rather than the table scroll sideways: a scrolling region would need keyboard focus of its own. */}
      <Table<AuditEntry>
        rowKey={(entry) => `${entry.stage}:${entry.occurredAt}:${entry.recordedAt}:${entry.toPoints ?? ''}`}
        size="small"
        pagination={false}
        dataSource={chain.entries}
        aria-label={title}
        columns={[
          { key: 'stage', title: t('audit.stage'), render: (_, entry) => <StageLabel stage={entry.stage} /> },
          { key: 'points', title: t('audit.points'), align: 'right', className: 'par-number par-audit-nowrap', render: (_, entry) => points(entry) },
          { key: 'actor', title: t('audit.actor'), render: (_, entry) => <ActorCell entry={entry} /> },
          { key: 'time', title: t('audit.time'), render: (_, entry) => <TimeCell entry={entry} /> },
          { key: 'reason', title: t('audit.reason'), className: 'par-audit-reason', render: (_, entry) => <ReasonCell entry={entry} /> },
          { key: 'evidence', title: t('audit.evidence'), render: (_, entry) => <EvidenceList evidence={entry.evidence} /> },
          { key: 'source', title: t('audit.source'), render: (_, entry) => <SourceCell entry={entry} /> },
        ]}
      />
    </Card>
  );
}
