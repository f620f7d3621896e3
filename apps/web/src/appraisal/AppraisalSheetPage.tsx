import { Alert, Button, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { useSession } from '../auth/session';
import { useCycleOverview } from '../cycle/cycle-overview';
import { rememberedCycle } from '../cycle/remembered-cycle';
import { useFormat } from '../format/use-format';
import { AdjustmentsCard } from './AdjustmentsCard';
import { useAppraisalSheet, useUnitSelfAssessment } from './appraisal.api';
import { ExplanationsCard } from './ExplanationsCard';
import { LeavesTable } from './LeavesTable';
import { PhaseTag } from './PhaseTag';
import { READABLE_LABELS } from './readable';
import { SendResultCard } from './SendResultCard';
import './appraisal.css';

/** A unit's appraisal sheet (/cycles/:cycleId/appraisal/:unitId; /appraisal/:unitId in the last cycle opened). */
export function AppraisalSheetPage() {
  const { cycleId, unitId = '' } = useParams();
  if (!cycleId) {
    const remembered = rememberedCycle();
    return <Navigate to={remembered ? `/cycles/${encodeURIComponent(remembered)}/appraisal/${encodeURIComponent(unitId)}` : '/appraisal'} replace />;
  }
  return <UnitAppraisal cycleId={cycleId} unitId={unitId} />;
}

/** What the appraiser and the council chair act on. */
function UnitAppraisal({ cycleId, unitId }: { cycleId: string; unitId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { session } = useSession();
  const roles = session?.claims.roles ?? [];
  const overview = useCycleOverview(cycleId);
  const sheet = useAppraisalSheet(cycleId, unitId);
  const self = useUnitSelfAssessment(cycleId, unitId);

  const unitName = overview.data?.units.find((unit) => unit.unitId === unitId)?.name ?? unitId;
  const back = <Link to={`/cycles/${encodeURIComponent(cycleId)}/appraisal`}>{t('appraisal.sheet.back')}</Link>;
  const heading = <Typography.Title level={1}>{t('appraisal.sheet.title', { unit: unitName })}</Typography.Title>;

  const failure = sheet.error ?? self.error;
  if (failure) {
    const notStarted = failure instanceof ApiProblem && failure.code === 'APPRAISAL_NOT_FOUND';
    const message = notStarted ? t('appraisal.sheet.notStarted') : failure instanceof ApiProblem ? problemMessage(failure, i18n) : String(failure);
    const retry = () => void Promise.all([sheet.refetch(), self.refetch()]);
    return (
      <Flex vertical gap="large">
        {back}
        {heading}
        <Alert type={notStarted ? 'info' : 'error'} showIcon title={message} action={<Button onClick={retry}>{t('common.retry')}</Button>} />
      </Flex>
    );
  }
  if (!sheet.data || !self.data) return <Skeleton active />;

  const { phase } = sheet.data;
  const appraising = phase === 'appraising';
  const isAppraiser = roles.includes('APPRAISER');
  const isChair = roles.includes('COUNCIL_CHAIR');
  return (
    <Flex vertical gap="large">
      {back}
      {heading}
      <Descriptions
        styles={READABLE_LABELS}
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'phase', label: t('appraisal.sheet.phase'), children: <PhaseTag phase={phase} /> },
          { key: 'sentAt', label: t('appraisal.sheet.sentAt'), children: format.dateTime(sheet.data.sentAt) },
          { key: 'deadline', label: t('appraisal.sheet.deadline'), children: format.dateTime(sheet.data.explanationDeadline) },
          { key: 'finalizedAt', label: t('appraisal.sheet.finalizedAt'), children: format.dateTime(sheet.data.finalizedAt) },
        ]}
      />
      <LeavesTable cycleId={cycleId} unitId={unitId} sheet={sheet.data} self={self.data} canAppraise={isAppraiser && appraising} />
      <AdjustmentsCard cycleId={cycleId} unitId={unitId} adjustments={sheet.data.adjustments} canEdit={isAppraiser && appraising} />
      {appraising && (isAppraiser || isChair) && <SendResultCard cycleId={cycleId} unitId={unitId} />}
      {phase !== 'appraising' && <ExplanationsCard cycleId={cycleId} unitId={unitId} sheet={sheet.data} isChair={isChair} />}
    </Flex>
  );
}
