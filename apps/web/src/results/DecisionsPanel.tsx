import { Alert, Card, Col, Empty, Row, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { useSession } from '../auth/session';
import { useFormat } from '../format/use-format';
import { type DecisionRevision, useDecisions } from './decisions.api';
import { PublishDecisionForm } from './PublishDecisionForm';

/**
 * The decision publishing the results: its revisions (the decision, then its corrections) with their snapshot's
 * hash check; the province admin publishes it here while none is.
 */
export function DecisionsPanel({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { session } = useSession();
  const decisions = useDecisions(cycleId);
  const isAdmin = session?.claims.roles.includes('PROVINCE_ADMIN') ?? false;
  const revisions = decisions.data ?? [];

  return (
    <Card title={<h2 className="par-card-heading">{t('results.decisions')}</h2>} className="par-no-print">
      {decisions.error ? (
        <Alert type="error" showIcon title={decisions.error instanceof ApiProblem ? problemMessage(decisions.error, i18n) : String(decisions.error)} />
      ) : (
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={isAdmin && revisions.length === 0 ? 16 : 24}>
            <Table<DecisionRevision>
              rowKey="revision"
              size="small"
              pagination={false}
              loading={decisions.isPending}
              scroll={{ x: 'max-content' }}
              aria-label={t('results.decisions')}
              dataSource={revisions}
              locale={{ emptyText: <Empty description={t('results.noDecision')} /> }}
              columns={[
                { key: 'revision', title: t('results.revision'), dataIndex: 'revision', align: 'right', width: 64 },
                { key: 'number', title: t('results.decisionNumber'), dataIndex: 'number' },
                { key: 'date', title: t('results.decisionDate'), render: (_, revision) => format.date(revision.date) },
                { key: 'signer', title: t('results.decisionSigner'), dataIndex: 'signer' },
                { key: 'reason', title: t('results.reason'), render: (_, revision) => revision.reason ?? t('common.none') },
                {
                  key: 'publishedAt',
                  title: t('results.publishedAt'),
                  render: (_, revision) => `${format.dateTime(revision.publishedAt)} · ${revision.publishedBy}`,
                },
                {
                  key: 'verified',
                  title: t('results.snapshot'),
                  render: (_, revision) => (
                    <Tag color={revision.snapshotVerified ? '#237804' : '#a8071a'} title={revision.snapshotHash}>
                      {revision.snapshotVerified ? t('results.snapshotVerified') : t('results.snapshotAltered')}
                    </Tag>
                  ),
                },
              ]}
            />
          </Col>
          {isAdmin && revisions.length === 0 && !decisions.isPending && (
            <Col xs={24} xl={8}>
              <h3 className="par-card-heading par-gap-below">{t('results.publishTitle')}</h3>
              <PublishDecisionForm cycleId={cycleId} />
            </Col>
          )}
        </Row>
      )}
    </Card>
  );
}
