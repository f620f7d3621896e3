import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { useCycleOverview } from '../cycle/cycle-overview';
import { CyclePicker } from '../cycle/CyclePicker';
import { rememberCycle, rememberedCycle } from '../cycle/remembered-cycle';
import { DecisionsPanel } from './DecisionsPanel';
import { fieldChoicesOf } from './field-choices';
import { FieldRankings } from './FieldRankings';
import { GroupResults } from './GroupResults';
import { RankingPicker } from './RankingPicker';
import { useRankedField } from './ranked-field';
import { ResultsActions } from './ResultsActions';
import { useResults } from './results.api';
import { UnitDetail } from './UnitDetail';
import './results-print.css';

/** "Kết quả": the results of a cycle per group (/cycles/:cycleId/results); /results goes to the last cycle opened. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const pick = (picked: string) => navigate(`/cycles/${encodeURIComponent(picked)}/results`);

  if (!cycleId) {
    const remembered = rememberedCycle();
    if (remembered) return <Navigate to={`/cycles/${encodeURIComponent(remembered)}/results${search}`} replace />;
  }
  return (
    <Flex vertical gap="large" className="par-results">
      <Typography.Title level={1}>{t('results.title')}</Typography.Title>
      <CyclePicker cycleId={cycleId} onPick={pick} />
      {cycleId ? <CycleResults cycleId={cycleId} /> : <Typography.Paragraph>{t('results.pickCycle')}</Typography.Paragraph>}
    </Flex>
  );
}

function CycleResults({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation();
  const overview = useCycleOverview(cycleId);
  const results = useResults(cycleId);
  const [field, rankBy] = useRankedField();
  // A cycle that exists is the one the menu brings this user back to.
  useEffect(() => {
    if (overview.data) rememberCycle(cycleId);
  }, [overview.data, cycleId]);

  const failure = overview.error ?? results.error;
  if (failure) {
    const message = failure instanceof ApiProblem ? problemMessage(failure, i18n) : String(failure);
    const retry = () => void Promise.all([overview.refetch(), results.refetch()]);
    return <Alert type="error" showIcon title={message} action={<Button onClick={retry}>{t('common.retry')}</Button>} />;
  }
  if (!overview.data || !results.data) return <Skeleton active />;

  const groupName = (groupId: string) => overview.data.groups.find((group) => group.groupId === groupId)?.name ?? groupId;
  const groups = results.data.groups.filter((group) => group.results.length > 0);
  const fieldChoices = fieldChoicesOf(results.data);
  return (
    <Flex vertical gap="large">
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Text type="secondary">
          {overview.data.title} ({overview.data.cycleId})
        </Typography.Text>
        <ResultsActions cycleId={cycleId} />
      </Flex>
      {groups.length > 0 && (fieldChoices.length > 0 || field !== undefined) && <RankingPicker field={field} choices={fieldChoices} onChange={rankBy} />}
      {groups.length === 0 && <Empty description={t('results.empty')} />}
      {groups.length > 0 && field !== undefined && <FieldRankings cycleId={cycleId} field={field} groupName={groupName} />}
      {field === undefined && groups.map((group) => <GroupResults key={group.group} name={groupName(group.group)} rows={group.results} />)}
      {groups.length > 0 && <UnitDetail key={cycleId} rows={groups.flatMap((group) => group.results)} />}
      <DecisionsPanel cycleId={cycleId} />
    </Flex>
  );
}
