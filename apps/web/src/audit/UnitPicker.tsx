import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CycleOverview } from '../cycle/cycle-overview';

/** Which unit's history to show: the cycle's units by name, searchable (a province has some 30 to 600). */
export function UnitPicker({ units, unitId, onPick }: { units: CycleOverview['units']; unitId?: string; onPick: (unitId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Form layout="inline">
      <Form.Item label={t('audit.unit')} htmlFor="par-audit-unit">
        <Select
          id="par-audit-unit"
          className="par-audit-unit"
          showSearch={{ optionFilterProp: 'label' }}
          value={unitId}
          placeholder={t('audit.unitPlaceholder')}
          options={units.map((unit) => ({ value: unit.unitId, label: unit.name }))}
          onChange={onPick}
        />
      </Form.Item>
    </Form>
  );
}
