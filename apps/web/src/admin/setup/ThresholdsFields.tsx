import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { decimalRule, requiredRule } from './decimal-rule';
import type { ThresholdBody } from './setup.api';

/** The common provincial rule of DOMAIN.md, as a starting point: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, Yếu. */
export const COMMON_THRESHOLDS: ThresholdBody[] = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: '90' },
  { class: 'TOT', label: 'Tốt', minIndex: '80' },
  { class: 'KHA', label: 'Khá', minIndex: '65' },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: '50' },
  { class: 'YEU', label: 'Yếu', minIndex: '0' },
];

/** Classification thresholds (class code, label, minimum index) as a list in a form, under `name`. */
export function ThresholdsFields({ name, legend }: { name: string; legend: string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} role="group" aria-label={legend} className="par-gap-below">
      <Typography.Text strong>{legend}</Typography.Text>
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} wrap align="start">
                <Form.Item name={[row.name, 'class']} label={t('admin.setup.thresholdClass')} rules={[requiredRule(t)]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[row.name, 'label']} label={t('admin.setup.thresholdLabel')} rules={[requiredRule(t)]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[row.name, 'minIndex']} label={t('admin.setup.thresholdMinIndex')} rules={[requiredRule(t), decimalRule(t)]}>
                  <Input inputMode="decimal" />
                </Form.Item>
                <Button onClick={() => remove(row.name)} aria-label={t('admin.setup.thresholdRemove')}>
                  {t('admin.setup.remove')}
                </Button>
              </Flex>
            ))}
            <Button onClick={() => add({ class: '', label: '', minIndex: '' })}>{t('admin.setup.thresholdAdd')}</Button>
          </Flex>
        )}
      </Form.List>
    </Flex>
  );
}

/** The thresholds as the API takes them: minimum indices with a decimal point. */
export function thresholdsBody(rows: ThresholdBody[] | undefined): ThresholdBody[] {
  return (rows ?? []).map((row) => ({ class: row.class.trim(), label: row.label.trim(), minIndex: String(row.minIndex).trim().replace(',', '.') }));
}
