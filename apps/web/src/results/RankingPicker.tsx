import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldChoice } from './field-choices';

/** The index itself (the default): a value no field code can take (field codes start with a letter or digit). */
const PAR_INDEX = '';

/** "Xếp hạng theo": the PAR index (the results tables) or one field's component index. */
export function RankingPicker({
  field,
  choices,
  onChange,
}: {
  field?: string;
  choices: readonly FieldChoice[];
  onChange: (field: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const options: { value: string; label: string }[] = [
    { value: PAR_INDEX, label: t('results.rankByIndex') },
    ...choices.map((choice) => ({ value: choice.field, label: t('results.fieldChoice', { field: choice.field, title: choice.title }) })),
  ];
  // A field named by a shared URL that this cycle's rows do not list: shown by its code (the ranking says it is unknown).
  if (field && !choices.some((choice) => choice.field === field)) options.push({ value: field, label: `${t('results.field')} ${field}` });

  return (
    <Form layout="inline" className="par-no-print">
      <Form.Item label={t('results.rankBy')} htmlFor="par-rank-by">
        <Select
          id="par-rank-by"
          value={field ?? PAR_INDEX}
          options={options}
          popupMatchSelectWidth={false}
          style={{ minWidth: 320 }}
          onChange={(picked: string) => onChange(picked === PAR_INDEX ? undefined : picked)}
        />
      </Form.Item>
    </Form>
  );
}
