import { Alert, Button, Card, Col, Flex, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../../api/api-problem';
import { problemMessage } from '../../api/problem-message';
import { useCycleOverview } from '../../cycle/cycle-overview';
import { CyclePicker } from '../../cycle/CyclePicker';
import { rememberCycle, rememberedCycle } from '../../cycle/remembered-cycle';
import { useFormat } from '../../format/use-format';
import { useCycleAppraisals, useUnitsProgress } from './board.api';
import { BOARD_STATES, boardStateOf, countsOf, type BoardState } from './unit-state';

const boardPath = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}/board`;

/** Solid tags, dark enough for white text (antd's light preset tags fall below 4.5:1 contrast). */
const STATE_COLOURS: Record<BoardState, string> = {
  notSubmitted: '#595959',
  submitted: '#0958d9',
  appraising: '#ad4e00',
  resultSent: '#531dab',
  finalized: '#237804',
};

/** "Theo dõi tiến độ" (/board, /cycles/:cycleId/board): every unit of a cycle and where it stands, refreshed every few seconds. */
export function BoardPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const navigate = useNavigate();
  if (!cycleId) {
    const remembered = rememberedCycle();
    if (remembered) return <Navigate to={boardPath(remembered)} replace />;
  }
  return (
    <Flex vertical gap="large">
      <Typography.Title level={1}>{t('admin.board.title')}</Typography.Title>
      <CyclePicker cycleId={cycleId} onPick={(picked) => navigate(boardPath(picked))} />
      {cycleId ? <CycleBoard cycleId={cycleId} /> : <Typography.Paragraph>{t('admin.board.pickCycle')}</Typography.Paragraph>}
    </Flex>
  );
}

interface BoardRow {
  unitId: string;
  name: string;
  group: string;
  state: BoardState;
}

function CycleBoard({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const overview = useCycleOverview(cycleId);
  const appraisals = useCycleAppraisals(cycleId);
  const units = overview.data?.units ?? [];
  const progress = useUnitsProgress(
    cycleId,
    units.map((unit) => unit.unitId),
  );
  useEffect(() => {
    if (overview.data) rememberCycle(cycleId);
  }, [overview.data, cycleId]);

  const failure = overview.error ?? appraisals.error;
  if (failure && !appraisals.data) {
    const message = failure instanceof ApiProblem ? problemMessage(failure, i18n) : String(failure);
    const retry = () => void Promise.all([overview.refetch(), appraisals.refetch()]);
    return <Alert type="error" showIcon title={message} action={<Button onClick={retry}>{t('common.retry')}</Button>} />;
  }
  if (!overview.data || !appraisals.data) return <Skeleton active />;

  const byUnit = new Map(appraisals.data.units.map((unit) => [unit.unitId, unit]));
  const groupName = new Map(overview.data.groups.map((group) => [group.groupId, group.name]));
  const rows: BoardRow[] = units.map((unit) => ({
    unitId: unit.unitId,
    name: unit.name,
    group: groupName.get(unit.groupId) ?? unit.groupId,
    state: boardStateOf(byUnit.get(unit.unitId)),
  }));
  const counts = countsOf(rows.map((row) => row.state));
  const stateName = (state: BoardState) => t(`admin.board.states.${state}`);

  return (
    <Flex vertical gap="large">
      <Typography.Text type="secondary">
        {overview.data.title} ({overview.data.cycleId}) ·{' '}
        {t('admin.board.updatedAt', { time: format.dateTime(new Date(appraisals.dataUpdatedAt).toISOString()) })}
      </Typography.Text>
      <Row gutter={[16, 16]} role="list" aria-label={t('admin.board.counts')}>
        {BOARD_STATES.map((state) => (
          <Col key={state} xs={12} md={8} xl={4} role="listitem">
            <Card size="small">
              <Statistic title={stateName(state)} value={counts[state]} />
            </Card>
          </Col>
        ))}
      </Row>
      {appraisals.error && <Alert type="warning" showIcon title={t('admin.board.stale')} />}
      <Table<BoardRow>
        rowKey="unitId"
        size="small"
        aria-label={t('admin.board.units')}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { key: 'name', title: t('admin.board.unit'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'vi') },
          {
            key: 'group',
            title: t('admin.board.group'),
            dataIndex: 'group',
            filters: [...groupName.values()].map((name) => ({ text: name, value: name })),
            onFilter: (value, row) => row.group === value,
          },
          {
            key: 'state',
            title: t('admin.board.state'),
            filters: BOARD_STATES.map((state) => ({ text: stateName(state), value: state })),
            onFilter: (value, row) => row.state === value,
            render: (_, row) => <Tag color={STATE_COLOURS[row.state]}>{stateName(row.state)}</Tag>,
          },
          {
            key: 'secured',
            title: t('admin.board.secured'),
            align: 'right',
            className: 'par-number',
            render: (_, row) => {
              const figures = progress.get(row.unitId);
              return figures ? `${format.points(figures.secured)} / ${format.points(figures.applicableMax)}` : '—';
            },
          },
          {
            key: 'projected',
            title: t('admin.board.projected'),
            align: 'right',
            className: 'par-number',
            render: (_, row) => format.points(progress.get(row.unitId)?.projected),
          },
        ]}
      />
    </Flex>
  );
}
