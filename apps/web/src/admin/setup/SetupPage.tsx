import { Alert, Button, Card, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../../api/api-problem';
import { problemMessage } from '../../api/problem-message';
import { CyclePicker } from '../../cycle/CyclePicker';
import { rememberCycle } from '../../cycle/remembered-cycle';
import { draftOf } from './criteria-draft';
import type { CriteriaSetView } from './criteria.types';
import { CriteriaSetEditor, CriteriaSetPicker } from './CriteriaSetEditor';
import { CriteriaTreeTable } from './CriteriaTreeTable';
import { CreateCycleForm } from './CreateCycleForm';
import { DeadlinesSection } from './DeadlinesSection';
import { GroupsSection } from './GroupsSection';
import { OpenCycleSection } from './OpenCycleSection';
import { useSetupOverview, type SetupOverview } from './setup.api';
import { UnitsSection } from './UnitsSection';

const setupPath = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}/setup`;

/** "Thiết lập kỳ đánh giá" (/setup, /cycles/:cycleId/setup): a new cycle, or one cycle's sets, groups, units, deadlines and opening. */
export function SetupPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="large">
      <Typography.Title level={1}>{t('admin.setup.title')}</Typography.Title>
      <CyclePicker cycleId={cycleId} onPick={(picked) => navigate(setupPath(picked))} />
      {cycleId ? <CycleSetup key={cycleId} cycleId={cycleId} /> : <CreateCycleForm onCreated={(created) => navigate(setupPath(created))} />}
    </Flex>
  );
}

function CycleSetup({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation();
  const overview = useSetupOverview(cycleId);
  useEffect(() => {
    if (overview.data) rememberCycle(cycleId);
  }, [overview.data, cycleId]);

  if (overview.error) {
    const message = overview.error instanceof ApiProblem ? problemMessage(overview.error, i18n) : String(overview.error);
    return <Alert type="error" showIcon title={message} action={<Button onClick={() => void overview.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (!overview.data) return <Skeleton active />;
  const cycle = overview.data;
  const inSetup = cycle.status === 'setup';
  return (
    <Card
      title={
        <h2 className="par-card-heading">
          {cycle.title} ({cycle.cycleId}, {cycle.year})
        </h2>
      }
      extra={<Tag color={inSetup ? '#0958d9' : '#595959'}>{t(`admin.setup.status.${cycle.status}`)}</Tag>}
    >
      {!inSetup && <Alert className="par-gap-below" type="info" showIcon title={t('admin.setup.notInSetup')} />}
      <Tabs
        items={[
          { key: 'criteria', label: t('admin.setup.tabs.criteria'), children: <CriteriaSets overview={cycle} editable={inSetup} /> },
          { key: 'groups', label: t('admin.setup.tabs.groups'), children: <GroupsSection overview={cycle} editable={inSetup} /> },
          { key: 'units', label: t('admin.setup.tabs.units'), children: <UnitsSection overview={cycle} editable={inSetup} /> },
          ...(cycle.status === 'closed' ? [] : [{ key: 'deadlines', label: t('admin.setup.tabs.deadlines'), children: <DeadlinesSection overview={cycle} /> }]),
          ...(inSetup ? [{ key: 'open', label: t('admin.setup.tabs.open'), children: <OpenCycleSection overview={cycle} /> }] : []),
        ]}
      />
    </Card>
  );
}

/** During setup a set is edited (and may be defined again); once open, each is shown as frozen. */
function CriteriaSets({ overview, editable }: { overview: SetupOverview; editable: boolean }) {
  const [editing, setEditing] = useState<string | undefined>(overview.criteriaSets[0]?.criteriaSetId);
  if (!editable) {
    return (
      <Flex vertical gap="large">
        {overview.criteriaSets.map((set) => (
          <FrozenSet key={set.criteriaSetId} set={set} />
        ))}
      </Flex>
    );
  }
  return (
    <Flex vertical gap="large">
      <CriteriaSetPicker sets={overview.criteriaSets} onPick={setEditing} />
      {editing && (
        <CriteriaSetEditor
          key={editing}
          cycleId={overview.cycleId}
          criteriaSetId={editing}
          saved={overview.criteriaSets.find((set) => set.criteriaSetId === editing)}
        />
      )}
    </Flex>
  );
}

function FrozenSet({ set }: { set: CriteriaSetView }) {
  const { t } = useTranslation();
  const criteria = useMemo(() => draftOf(set.criteria), [set.criteria]);
  const caption = t('admin.criteria.frozenSet', { id: set.criteriaSetId, version: set.version });
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3}>{caption}</Typography.Title>
      <CriteriaTreeTable criteria={criteria} caption={caption} />
    </Flex>
  );
}
