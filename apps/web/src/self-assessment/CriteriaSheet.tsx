import { Collapse, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { Sheet } from './criteria-sheet';
import { LeafForm } from './LeafForm';

/** The unit's criteria tree, a panel per field with its running total, its leaves inside. The first field starts open. */
export function CriteriaSheet({ cycleId, unitId, sheet, locked }: { cycleId: string; unitId: string; sheet: Sheet; locked: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Collapse
      defaultActiveKey={sheet.fields.slice(0, 1).map((field) => field.code)}
      items={sheet.fields.map((field) => ({
        key: field.code,
        label: (
          <Typography.Text strong>
            {field.code}. {field.title}
          </Typography.Text>
        ),
        extra: (
          <span className="par-number par-field-total">
            {t('selfAssessment.field.total', { points: format.points(field.selfTotal), max: format.points(field.applicableMax) })}
          </span>
        ),
        children: (
          <Flex vertical gap="middle">
            {field.leaves.map((leaf) => (
              <LeafForm key={leaf.criterion} cycleId={cycleId} unitId={unitId} leaf={leaf} locked={locked} />
            ))}
          </Flex>
        ),
      }))}
    />
  );
}
