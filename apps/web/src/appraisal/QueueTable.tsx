import { Flex, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CycleOverview } from '../cycle/cycle-overview';
import type { AppraisalPhase, AppraisalQueue } from './appraisal.types';
import { PhaseTag } from './PhaseTag';

const PHASES: readonly AppraisalPhase[] = ['notStarted', 'appraising', 'resultSent', 'finalized'];
const ALL = '*';

interface Row {
  unitId: string;
  name: string;
  groupId: string;
  groupName: string;
  phase: AppraisalPhase;
  selfSubmitted: boolean;
}

/** The cycle's units, their group and appraisal phase, filtered by group and phase; each opens its appraisal sheet. */
export function QueueTable({ cycleId, overview, queue }: { cycleId: string; overview: CycleOverview; queue: AppraisalQueue }) {
  const { t } = useTranslation();
  // "All" is an option of its own, not a placeholder: antd's placeholder grey is too light to read.
  const [group, setGroup] = useState<string>(ALL);
  const [phase, setPhase] = useState<AppraisalPhase | typeof ALL>(ALL);

  const groupName = new Map(overview.groups.map((entry) => [entry.groupId, entry.name]));
  const unitOf = new Map(overview.units.map((unit) => [unit.unitId, unit]));
  const rows: Row[] = queue.units.map(({ unitId, phase, selfSubmitted }) => {
    const unit = unitOf.get(unitId);
    const groupId = unit?.groupId ?? '';
    return { unitId, name: unit?.name ?? unitId, groupId, groupName: groupName.get(groupId) ?? groupId, phase, selfSubmitted };
  });
  const shown = rows.filter((row) => (group === ALL || row.groupId === group) && (phase === ALL || row.phase === phase));

  return (
    <Flex vertical gap="middle">
      <Form layout="inline">
        <Form.Item label={t('appraisal.queue.groupFilter')} htmlFor="par-appraisal-group">
          <Select
            id="par-appraisal-group"
            style={{ minWidth: 200 }}
            value={group}
            onChange={setGroup}
            options={[{ value: ALL, label: t('appraisal.queue.allGroups') }, ...overview.groups.map((entry) => ({ value: entry.groupId, label: entry.name }))]}
          />
        </Form.Item>
        <Form.Item label={t('appraisal.queue.phaseFilter')} htmlFor="par-appraisal-phase">
          <Select<AppraisalPhase | typeof ALL>
            id="par-appraisal-phase"
            style={{ minWidth: 200 }}
            value={phase}
            onChange={setPhase}
            options={[{ value: ALL, label: t('appraisal.queue.allPhases') }, ...PHASES.map((value) => ({ value, label: t(`appraisal.phases.${value}`) }))]}
          />
        </Form.Item>
      </Form>
      <Table<Row>
        rowKey="unitId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        aria-label={t('appraisal.queue.caption')}
        dataSource={shown}
        locale={{ emptyText: <Typography.Text>{t('appraisal.queue.empty')}</Typography.Text> }}
        columns={[
          {
            key: 'unit',
            title: t('appraisal.queue.unit'),
            render: (_, row) => (
              <Link
                to={`/cycles/${encodeURIComponent(cycleId)}/appraisal/${encodeURIComponent(row.unitId)}`}
                aria-label={t('appraisal.queue.openSheet', { unit: row.name })}
              >
                {row.name}
              </Link>
            ),
          },
          { key: 'group', title: t('appraisal.queue.group'), dataIndex: 'groupName' },
          {
            key: 'selfSubmitted',
            title: t('appraisal.queue.selfSubmitted'),
            render: (_, row) => (row.selfSubmitted ? t('appraisal.queue.submitted') : t('appraisal.queue.notSubmitted')),
          },
          { key: 'phase', title: t('appraisal.queue.phase'), render: (_, row) => <PhaseTag phase={row.phase} /> },
        ]}
      />
    </Flex>
  );
}
