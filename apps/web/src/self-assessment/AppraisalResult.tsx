import { Alert, Button, Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/api-problem';
import { useFormat } from '../format/use-format';
import { appraisalOutcome, type ChangedLeaf } from './appraisal-changes';
import { ExplanationModal } from './ExplanationModal';
import { refusalMessage } from './refusal';
import { useAppraisalSheet, useAuditTrail, type Adjustment } from './self-assessment.api';

/**
 * "Kết quả thẩm định": once the appraisal sent its result, each leaf whose value changed (self → appraised, the
 * appraiser's reason, the council's later word), bonus and deductions; an explanation on an adjusted leaf within the window.
 */
export function AppraisalResult({ cycleId, unitId, now = () => Date.now() }: { cycleId: string; unitId: string; now?: () => number }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const appraisal = useAppraisalSheet(cycleId, unitId);
  const sent = !!appraisal.data && appraisal.data.phase !== 'appraising';
  const trail = useAuditTrail(cycleId, unitId, sent);
  const [explaining, setExplaining] = useState<ChangedLeaf | null>(null);

  const failure = appraisal.error ?? trail.error;
  if (failure) {
    const text = failure instanceof ApiProblem ? refusalMessage(failure, i18n) : String(failure);
    return <Alert type="error" showIcon title={text} action={<Button onClick={() => void appraisal.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (appraisal.isPending) return <Skeleton active />;
  if (!appraisal.data) return <Empty description={t('selfAssessment.result.none')} />;
  if (!sent) return <Alert type="info" showIcon title={t('selfAssessment.result.appraising')} />;
  if (!trail.data) return <Skeleton active />;

  const sheet = appraisal.data;
  const outcome = appraisalOutcome(sheet, trail.data.entries);
  const deadline = sheet.explanationDeadline;
  const windowOpen = sheet.phase === 'resultSent' && deadline !== null && new Date(deadline).getTime() > now();
  const points = (value: string | null) => (value === null ? t('selfAssessment.result.notApplicable') : format.points(value));

  return (
    <Flex vertical gap="large">
      <Alert
        type={sheet.phase === 'finalized' ? 'success' : 'info'}
        showIcon
        title={
          sheet.phase === 'finalized'
            ? t('selfAssessment.result.finalized', { at: format.dateTime(sheet.finalizedAt) })
            : t('selfAssessment.result.sent', { at: format.dateTime(sheet.sentAt), deadline: format.dateTime(deadline) })
        }
      />
      <Typography.Paragraph className="par-result-totals">
        {t('selfAssessment.result.totals', {
          self: format.points(outcome.selfTotal),
          appraised: format.points(outcome.appraisedTotal),
          max: format.points(outcome.applicableMax),
        })}
      </Typography.Paragraph>
      <Card title={<h2 className="par-card-heading">{t('selfAssessment.result.changedTitle')}</h2>} size="small">
        <Table<ChangedLeaf>
          rowKey="criterion"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('selfAssessment.result.changedTitle')}
          dataSource={outcome.changed}
          locale={{ emptyText: <Typography.Text>{t('selfAssessment.result.noChange')}</Typography.Text> }}
          columns={[
            { key: 'criterion', title: t('selfAssessment.result.criterion'), render: (_, leaf) => `${leaf.criterion} ${leaf.title}` },
            { key: 'max', title: t('selfAssessment.result.max'), align: 'right', className: 'par-number', render: (_, leaf) => format.points(leaf.maxPoints) },
            {
              key: 'change',
              title: t('selfAssessment.result.change'),
              className: 'par-number',
              render: (_, leaf) => `${format.points(leaf.selfPoints ?? '0')} → ${points(leaf.appraisedPoints)}`,
            },
            { key: 'reason', title: t('selfAssessment.result.reason'), render: (_, leaf) => leaf.reason ?? t('common.none') },
            {
              key: 'explanation',
              title: t('selfAssessment.result.explanation'),
              render: (_, leaf) => {
                if (leaf.council) {
                  return t('selfAssessment.result.council', { points: points(leaf.council.points), reason: leaf.council.reason ?? t('common.none') });
                }
                if (leaf.explanation === 'open') return t('selfAssessment.result.explanationOpen');
                if (!windowOpen) return t('common.none');
                return (
                  <Button size="small" onClick={() => setExplaining(leaf)} aria-label={t('selfAssessment.result.explainLeaf', { criterion: leaf.criterion })}>
                    {t('selfAssessment.result.explain')}
                  </Button>
                );
              },
            },
          ]}
        />
      </Card>
      <Card title={<h2 className="par-card-heading">{t('selfAssessment.result.adjustmentsTitle')}</h2>} size="small">
        <Table<Adjustment>
          rowKey="id"
          size="small"
          pagination={false}
          aria-label={t('selfAssessment.result.adjustmentsTitle')}
          dataSource={[...outcome.bonuses, ...outcome.deductions]}
          locale={{ emptyText: <Typography.Text>{t('selfAssessment.result.noAdjustment')}</Typography.Text> }}
          columns={[
            { key: 'kind', title: t('selfAssessment.result.kind'), render: (_, adjustment) => t(`selfAssessment.result.${adjustment.kind}`) },
            {
              key: 'points',
              title: t('selfAssessment.result.points'),
              align: 'right',
              className: 'par-number',
              render: (_, adjustment) => `${adjustment.kind === 'bonus' ? '+' : '−'}${format.points(adjustment.points)}`,
            },
            { key: 'reason', title: t('selfAssessment.result.reason'), dataIndex: 'reason' },
            { key: 'ref', title: t('selfAssessment.result.ref'), render: (_, adjustment) => adjustment.ref ?? t('common.none') },
          ]}
        />
      </Card>
      {explaining && <ExplanationModal cycleId={cycleId} unitId={unitId} leaf={explaining} onClose={() => setExplaining(null)} />}
    </Flex>
  );
}
