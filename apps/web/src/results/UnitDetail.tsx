import { Card, Col, Empty, Form, Row, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { useCycleList } from '../cycle/cycle-list';
import { FieldScores } from './FieldScores';
import { IndexTrend } from './IndexTrend';
import type { ResultRow } from './results.api';
import { useUnitTrend } from './unit-trend';

/**
 * One unit up close: its scores field by field and its index across the years. A unit's own staff start on their
 * unit; everybody else on the first unit listed.
 */
export function UnitDetail({ rows }: { rows: readonly ResultRow[] }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const own = rows.find((row) => row.unit === session?.claims.unitId)?.unit;
  const [picked, setPicked] = useState<string | undefined>();
  const unitId = picked ?? own ?? rows[0]?.unit;
  const row = rows.find((candidate) => candidate.unit === unitId);
  const cycles = useCycleList();
  const trend = useUnitTrend(unitId, cycles.data ?? []);

  return (
    <Card title={<h2 className="par-card-heading">{t('results.unitDetail')}</h2>}>
      <Form layout="inline" className="par-gap-below par-no-print">
        <Form.Item label={t('results.unit')} htmlFor="par-unit-pick">
          <Select
            id="par-unit-pick"
            value={unitId}
            onChange={setPicked}
            options={rows.map((candidate) => ({ value: candidate.unit, label: candidate.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            popupMatchSelectWidth={false}
            style={{ minWidth: 320 }}
          />
        </Form.Item>
      </Form>
      {row ? (
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={12}>
            {row.fields && row.fields.length > 0 ? <FieldScores unitName={row.name} fields={row.fields} /> : <Empty description={t('results.fieldsEmpty')} />}
          </Col>
          <Col xs={24} xl={12}>
            {cycles.isPending || trend.pending ? <Skeleton active /> : <IndexTrend unitName={row.name} points={trend.points} />}
          </Col>
        </Row>
      ) : (
        <Empty description={t('results.empty')} />
      )}
    </Card>
  );
}
