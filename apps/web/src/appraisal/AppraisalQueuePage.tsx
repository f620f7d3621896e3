import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { useCycleOverview } from '../cycle/cycle-overview';
import { CyclePicker } from '../cycle/CyclePicker';
import { rememberCycle, rememberedCycle } from '../cycle/remembered-cycle';
import { useAppraisalQueue } from './appraisal.api';
import { QueueTable } from './QueueTable';

/** "Thẩm định": the units of a cycle with how far their appraisal has gone (/cycles/:cycleId/appraisal); /appraisal goes to the last cycle opened. */
export function AppraisalQueuePage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const navigate = useNavigate();

  if (!cycleId) {
    const remembered = rememberedCycle();
    if (remembered) return <Navigate to={`/cycles/${encodeURIComponent(remembered)}/appraisal`} replace />;
  }
  return (
    <Flex vertical gap="large">
      <Typography.Title level={1}>{t('appraisal.title')}</Typography.Title>
      <CyclePicker cycleId={cycleId} onPick={(picked) => navigate(`/cycles/${encodeURIComponent(picked)}/appraisal`)} />
      {cycleId ? <CycleQueue cycleId={cycleId} /> : <Typography.Paragraph>{t('appraisal.pickCycle')}</Typography.Paragraph>}
    </Flex>
  );
}

function CycleQueue({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation();
  const overview = useCycleOverview(cycleId);
  const queue = useAppraisalQueue(cycleId);
  useEffect(() => {
    if (overview.data) rememberCycle(cycleId);
  }, [overview.data, cycleId]);

  const failure = overview.error ?? queue.error;
  if (failure) {
    const message = failure instanceof ApiProblem ? problemMessage(failure, i18n) : String(failure);
    const retry = () => void Promise.all([overview.refetch(), queue.refetch()]);
    return <Alert type="error" showIcon title={message} action={<Button onClick={retry}>{t('common.retry')}</Button>} />;
  }
  if (!overview.data || !queue.data) return <Skeleton active />;
  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">
        {overview.data.title} ({overview.data.cycleId})
      </Typography.Text>
      <QueueTable cycleId={cycleId} overview={overview.data} queue={queue.data} />
    </Flex>
  );
}
