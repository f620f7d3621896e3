import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Which cycle a screen shows, by its id (the API offers no list of cycles yet: GET /api/v1/cycles is a later
 * change; this becomes a Select over it then).
 */
export function CyclePicker({ cycleId, onPick }: { cycleId?: string; onPick: (cycleId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Form layout="inline" className="par-cycle-picker">
      <Form.Item label={t('results.cycle')} htmlFor="par-cycle-id">
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
      </Form.Item>
    </Form>
  );
}
