import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCycleList } from './cycle-list';

/**
 * Which cycle a screen shows: a select over GET /api/v1/cycles (type to search by id, title or year). Where the
 * gateway offers no list (an older one, or the list failed), the id is typed instead, so no screen is ever stuck.
 */
export function CyclePicker({ cycleId, onPick }: { cycleId?: string; onPick: (cycleId: string) => void }) {
  const { t } = useTranslation();
  const cycles = useCycleList();
  const listed = cycles.data ?? [];
  const options = listed.map((cycle) => ({ value: cycle.cycleId, label: `${cycle.title} (${cycle.cycleId})` }));
  // A cycle opened by its URL is shown even before the list has it (a list read a moment before it was created).
  if (cycleId && !listed.some((cycle) => cycle.cycleId === cycleId)) options.unshift({ value: cycleId, label: cycleId });

  return (
    <Form layout="inline" className="par-cycle-picker">
      <Form.Item label={t('results.cycle')} htmlFor="par-cycle-id">
        {cycles.isError ? (
          <Input.Search
            id="par-cycle-id"
            key={cycleId}
            defaultValue={cycleId}
            placeholder={t('results.cyclePlaceholder')}
            enterButton={t('results.open')}
            allowClear
            onSearch={(value) => {
              const picked = value.trim();
              if (picked) onPick(picked);
            }}
          />
        ) : (
          <Select
            id="par-cycle-id"
            className="par-cycle-select"
            value={cycleId}
            options={options}
            loading={cycles.isPending}
            placeholder={t('results.cycleSelect')}
            showSearch={{ optionFilterProp: 'label' }}
            popupMatchSelectWidth={false}
            style={{ minWidth: 320 }}
            onChange={(picked: string) => onPick(picked)}
          />
        )}
      </Form.Item>
    </Form>
  );
}
