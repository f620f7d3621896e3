import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { type LogVerification, useVerifyLog } from './audit.api';

/** "Kiểm tra nhật ký": each service recomputes its log's hash chains; ok with what it checked, or the first broken event. */
export function LogVerificationPanel() {
  const { t, i18n } = useTranslation();
  const verify = useVerifyLog();
  const services = verify.data?.services;
  const count = (value: number) => t('audit.verify.count', { value });

  return (
    <Card title={<h2 className="par-card-heading">{t('audit.verify.title')}</h2>}>
      <Flex vertical gap="middle">
        <Typography.Paragraph className="par-audit-verify-intro">{t('audit.verify.intro')}</Typography.Paragraph>
        <div>
          <Button type="primary" loading={verify.isPending} onClick={() => verify.mutate()}>
            {t('audit.verify.run')}
          </Button>
        </div>
        {verify.error && <Alert type="error" showIcon title={verify.error instanceof ApiProblem ? problemMessage(verify.error, i18n) : String(verify.error)} />}
        {services && (
          <>
            <Alert
              type={services.every((service) => service.ok) ? 'success' : 'error'}
              showIcon
              title={services.every((service) => service.ok) ? t('audit.verify.allOk') : t('audit.verify.someBroken')}
            />
            <Table<LogVerification>
              rowKey="service"
              size="small"
              pagination={false}
              dataSource={services}
              aria-label={t('audit.verify.title')}
              columns={[
                { key: 'service', title: t('audit.verify.service'), render: (_, row) => t(`audit.verify.services.${row.service}`) },
                {
                  key: 'result',
                  title: t('audit.verify.result'),
                  render: (_, row) => <Tag color={row.ok ? '#237804' : '#a8071a'}>{row.ok ? t('audit.verify.ok') : t('audit.verify.broken')}</Tag>,
                },
                { key: 'events', title: t('audit.verify.events'), align: 'right', className: 'par-number', render: (_, row) => count(row.events) },
                { key: 'streams', title: t('audit.verify.streams'), align: 'right', className: 'par-number', render: (_, row) => count(row.streams) },
                { key: 'firstBroken', title: t('audit.verify.firstBroken'), render: (_, row) => <BrokenEvent broken={row.firstBroken} /> },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}

function BrokenEvent({ broken }: { broken: LogVerification['firstBroken'] }) {
  const { t } = useTranslation();
  if (!broken) return t('common.none');
  return (
    <>
      <div>{t(`audit.verify.problems.${broken.problem}`)}</div>
      <div>{t('audit.verify.brokenAt', { stream: broken.streamId, version: broken.streamVersion })}</div>
      {broken.eventId && <Typography.Text type="secondary">{t('audit.verify.eventId', { id: broken.eventId })}</Typography.Text>}
      <div>
        <Typography.Text type="secondary" className="par-audit-hash">
          {t('audit.verify.expected', { value: broken.expected })}
        </Typography.Text>
      </div>
      <div>
        <Typography.Text type="secondary" className="par-audit-hash">
          {t('audit.verify.actual', { value: broken.actual })}
        </Typography.Text>
      </div>
    </>
  );
}
