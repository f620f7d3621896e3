import { Alert, Button, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../api/api-problem';
import { useSession } from '../auth/session';
import { useCycleOverview } from '../cycle/cycle-overview';
import { CyclePicker } from '../cycle/CyclePicker';
import { rememberCycle, rememberedCycle } from '../cycle/remembered-cycle';
import { useFormat } from '../format/use-format';
import { AppraisalResult } from './AppraisalResult';
import { criteriaOfUnit, sheetOf } from './criteria-sheet';
import { CriteriaSheet } from './CriteriaSheet';
import { refusalMessage } from './refusal';
import { useProgress, useSelfAssessmentSheet, type CycleWithCriteria } from './self-assessment.api';
import { SheetSummary } from './SheetSummary';
import { SubmitPanel } from './SubmitPanel';
import './self-assessment.css';

const sheetUrl = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}/self-assessment`;

/**
 * "Tự đánh giá" of the signed-in reporter's or head's unit (the token's unitId): the sheet of a cycle
 * (/cycles/:cycleId/self-assessment) and its appraisal result (…/result); /self-assessment goes to the last cycle opened.
 */
export function SelfAssessmentPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const navigate = useNavigate();
  const unitId = useSession().session?.claims.unitId;

  if (!cycleId) {
    const remembered = rememberedCycle();
    if (remembered) return <Navigate to={sheetUrl(remembered)} replace />;
  }
  return (
    <Flex vertical gap="large" className="par-self-assessment">
      <Typography.Title level={1}>{t('selfAssessment.title')}</Typography.Title>
      <CyclePicker cycleId={cycleId} onPick={(picked) => navigate(sheetUrl(picked))} />
      {!unitId ? (
        <Alert type="warning" showIcon title={t('selfAssessment.noUnit')} />
      ) : cycleId ? (
        <UnitSelfAssessment cycleId={cycleId} unitId={unitId} />
      ) : (
        <Typography.Paragraph>{t('selfAssessment.pickCycle')}</Typography.Paragraph>
      )}
    </Flex>
  );
}

function UnitSelfAssessment({ cycleId, unitId }: { cycleId: string; unitId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const onResult = useLocation().pathname.endsWith('/result');
  const overview = useCycleOverview(cycleId);
  const sheet = useSelfAssessmentSheet(cycleId, unitId);
  const progress = useProgress(cycleId, unitId);
  // A cycle that exists is the one the menu brings this user back to.
  useEffect(() => {
    if (overview.data) rememberCycle(cycleId);
  }, [overview.data, cycleId]);

  const failure = overview.error ?? sheet.error;
  if (failure) {
    const text = failure instanceof ApiProblem ? refusalMessage(failure, i18n) : String(failure);
    const retry = () => void Promise.all([overview.refetch(), sheet.refetch()]);
    return <Alert type="error" showIcon title={text} action={<Button onClick={retry}>{t('common.retry')}</Button>} />;
  }
  if (!overview.data || !sheet.data) return <Skeleton active />;

  const cycle = overview.data as CycleWithCriteria;
  const criteria = criteriaOfUnit(cycle, unitId);
  if (!criteria) return <Alert type="warning" showIcon title={t('selfAssessment.unitNotInCycle', { unitId })} />;
  const unitName = cycle.units.find((unit) => unit.unitId === unitId)?.name ?? unitId;
  const cycleOpen = cycle.status === 'open';
  const locked = !cycleOpen || sheet.data.status === 'submitted';
  const view = sheetOf(criteria, sheet.data);

  return (
    <Flex vertical gap="large">
      <Typography.Text type="secondary">
        {t('selfAssessment.heading', { unit: unitName, cycle: cycle.title, cycleId: cycle.cycleId })}
        {cycle.selfAssessmentDue ? ` · ${t('selfAssessment.due', { date: format.date(cycle.selfAssessmentDue) })}` : ''}
      </Typography.Text>
      <Tabs
        activeKey={onResult ? 'result' : 'sheet'}
        onChange={(key) => navigate(key === 'result' ? `${sheetUrl(cycleId)}/result` : sheetUrl(cycleId))}
        items={[
          {
            key: 'sheet',
            label: t('selfAssessment.tabs.sheet'),
            children: (
              <Flex vertical gap="large">
                <SheetSummary sheet={view} progress={progress.data} />
                <SubmitPanel cycleId={cycleId} sheet={sheet.data} cycleOpen={cycleOpen} />
                <CriteriaSheet cycleId={cycleId} unitId={unitId} sheet={view} locked={locked} />
              </Flex>
            ),
          },
          { key: 'result', label: t('selfAssessment.tabs.result'), children: <AppraisalResult cycleId={cycleId} unitId={unitId} /> },
        ]}
      />
    </Flex>
  );
}
