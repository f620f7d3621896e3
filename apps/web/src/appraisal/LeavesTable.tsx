import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPath } from '../api/api-path';
import { useFormat } from '../format/use-format';
import { useAppraisalCommand } from './appraisal-command';
import type { AppraisalSheet, SelfAssessment, SheetLeaf } from './appraisal.types';
import { EvidenceList } from './EvidenceList';
import { NotApplicableDialog } from './NotApplicableDialog';
import { PointsDialog } from './PointsDialog';
import { useRefusal } from './use-refusal';

type Dialog = { kind: 'points' | 'notApplicable'; leaf: SheetLeaf } | null;

/** Per leaf: the unit's self score with its evidence and note beside the appraised value; the appraiser's actions. */
export function LeavesTable({
  cycleId,
  unitId,
  sheet,
  self,
  canAppraise,
}: {
  cycleId: string;
  unitId: string;
  sheet: AppraisalSheet;
  self: SelfAssessment;
  canAppraise: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const accept = useAppraisalCommand(cycleId, unitId);
  const refuse = useRefusal();
  const claims = new Map(self.leaves.map((leaf) => [leaf.criterion, leaf]));

  const acceptLeaf = (leaf: SheetLeaf) =>
    accept.mutate(
      { method: 'POST', path: apiPath`/scores/${leaf.criterion}/accept` },
      { onSuccess: () => void message.success(t('appraisal.sheet.saved', { criterion: leaf.criterion })), onError: (error) => refuse(error) },
    );

  return (
    <Card title={<h2 className="par-card-heading">{t('appraisal.sheet.leaves')}</h2>}>
      <Table<SheetLeaf>
        rowKey="criterion"
        size="small"
        pagination={false}
        // No scroll box of its own: for the chair it holds nothing to focus, so a keyboard could not scroll it (axe).
        aria-label={t('appraisal.sheet.caption')}
        dataSource={sheet.leaves}
        columns={[
          { key: 'code', title: t('appraisal.sheet.code'), dataIndex: 'criterion' },
          { key: 'title', title: t('appraisal.sheet.criterion'), dataIndex: 'title', width: 260 },
          { key: 'max', title: t('appraisal.sheet.max'), align: 'right', render: (_, leaf) => format.points(leaf.maxPoints) },
          {
            key: 'self',
            title: t('appraisal.sheet.self'),
            align: 'right',
            render: (_, leaf) => (leaf.selfPoints === null ? t('appraisal.sheet.notScored') : format.points(leaf.selfPoints)),
          },
          {
            key: 'evidence',
            title: t('appraisal.sheet.evidence'),
            width: 300,
            render: (_, leaf) => {
              const claim = claims.get(leaf.criterion);
              return (
                <Space orientation="vertical" size={2}>
                  {claim?.note && <Typography.Text>{claim.note}</Typography.Text>}
                  <EvidenceList evidence={claim?.evidence ?? []} />
                </Space>
              );
            },
          },
          {
            key: 'appraised',
            title: t('appraisal.sheet.appraised'),
            align: 'right',
            render: (_, leaf) => (leaf.applicable ? <strong>{format.points(leaf.points)}</strong> : t('appraisal.sheet.notApplicable')),
          },
          { key: 'status', title: t('appraisal.sheet.status'), render: (_, leaf) => <LeafStatus leaf={leaf} /> },
          ...(canAppraise
            ? [
                {
                  key: 'actions',
                  title: t('appraisal.sheet.actions'),
                  render: (_: unknown, leaf: SheetLeaf) =>
                    leaf.notApplicableBySetup ? null : (
                      <Space size={4} wrap>
                        <Button
                          size="small"
                          aria-label={t('appraisal.sheet.setPointsOf', { criterion: leaf.criterion })}
                          onClick={() => setDialog({ kind: 'points', leaf })}
                        >
                          {t('appraisal.sheet.setPoints')}
                        </Button>
                        <Button
                          size="small"
                          aria-label={t('appraisal.sheet.acceptOf', { criterion: leaf.criterion })}
                          disabled={accept.isPending}
                          onClick={() => acceptLeaf(leaf)}
                        >
                          {t('appraisal.sheet.accept')}
                        </Button>
                        <Button
                          size="small"
                          aria-label={t('appraisal.sheet.markNotApplicableOf', { criterion: leaf.criterion })}
                          onClick={() => setDialog({ kind: 'notApplicable', leaf })}
                        >
                          {t('appraisal.sheet.markNotApplicable')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'points' && <PointsDialog cycleId={cycleId} unitId={unitId} leaf={dialog.leaf} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'notApplicable' && <NotApplicableDialog cycleId={cycleId} unitId={unitId} leaf={dialog.leaf} onClose={() => setDialog(null)} />}
    </Card>
  );
}

/** Where a leaf stands: excluded by setup, reviewed or not, changed from the unit's claim, explained. */
function LeafStatus({ leaf }: { leaf: SheetLeaf }) {
  const { t } = useTranslation();
  if (leaf.notApplicableBySetup) return <Tag>{t('appraisal.sheet.notApplicableBySetup')}</Tag>;
  const adjusted = leaf.points !== (leaf.selfPoints ?? '0.00') || !leaf.applicable;
  return (
    <Space size={4} wrap>
      <Tag color={leaf.reviewed ? '#237804' : undefined}>{leaf.reviewed ? t('appraisal.sheet.reviewed') : t('appraisal.sheet.notReviewed')}</Tag>
      {adjusted && <Tag color="#ad4e00">{t('appraisal.sheet.adjusted')}</Tag>}
      {leaf.explanation === 'open' && <Tag color="#a8071a">{t('appraisal.sheet.explanationOpen')}</Tag>}
      {leaf.explanation === 'resolved' && <Tag color="#0958d9">{t('appraisal.sheet.explanationResolved')}</Tag>}
    </Space>
  );
}
