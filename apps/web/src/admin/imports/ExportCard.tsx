import { Button, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { rememberedCycle } from '../../cycle/remembered-cycle';
import { idRules } from '../setup/decimal-rule';
import { useFormRefusal } from '../shared/use-form-refusal';
import { useExportCycle, type ExportFormat } from './export.api';

/** "Xuất kỳ đánh giá": the whole cycle in the interchange format, as a workbook for Excel or as JSON. */
export function ExportCard() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ cycleId: string }>();
  const refusal = useFormRefusal(form, ['cycleId']);
  const exportCycle = useExportCycle();

  const download = async (format: ExportFormat) => {
    refusal.clear();
    const { cycleId } = await form.validateFields();
    exportCycle.mutate({ cycleId: cycleId.trim(), format }, { onError: refusal.show });
  };

  return (
    <Card title={<h2 className="par-card-heading">{t('admin.export.title')}</h2>}>
      <Form form={form} layout="vertical" initialValues={{ cycleId: rememberedCycle() ?? '' }} aria-label={t('admin.export.title')}>
        <Form.Item name="cycleId" label={t('admin.export.cycleId')} rules={idRules(t)}>
          <Input placeholder="demo-2025" />
        </Form.Item>
        <Flex vertical gap={8}>
          {refusal.banner}
          <Flex gap={8} wrap>
            <Button
              type="primary"
              onClick={() => void download('xlsx').catch(() => undefined)}
              loading={exportCycle.isPending && exportCycle.variables?.format === 'xlsx'}
            >
              {t('admin.export.xlsx')}
            </Button>
            <Button onClick={() => void download('json').catch(() => undefined)} loading={exportCycle.isPending && exportCycle.variables?.format === 'json'}>
              {t('admin.export.json')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Card>
  );
}
