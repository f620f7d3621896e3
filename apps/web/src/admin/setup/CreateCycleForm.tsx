import { Button, Card, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRefusal } from '../shared/use-form-refusal';
import { idRules, requiredRule } from './decimal-rule';
import { useCreateCycle, type CreateCycleBody } from './setup.api';
import { COMMON_THRESHOLDS, thresholdsBody, ThresholdsFields } from './ThresholdsFields';

const FIELDS = ['cycleId', 'year', 'title', 'evaluator', 'thresholds'];

/** "Tạo kỳ đánh giá": id, year, title, evaluating body and the cycle's classification thresholds. */
export function CreateCycleForm({ onCreated }: { onCreated: (cycleId: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateCycleBody>();
  const refusal = useFormRefusal(form, FIELDS);
  const create = useCreateCycle();

  const submit = (values: CreateCycleBody) => {
    refusal.clear();
    const body = { ...values, cycleId: values.cycleId.trim(), evaluator: values.evaluator.trim(), thresholds: thresholdsBody(values.thresholds) };
    create.mutate(body, { onSuccess: () => onCreated(body.cycleId), onError: refusal.show });
  };

  return (
    <Card title={<h2 className="par-card-heading">{t('admin.setup.createTitle')}</h2>}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year: new Date().getFullYear(), thresholds: COMMON_THRESHOLDS }}
        aria-label={t('admin.setup.createTitle')}
      >
        <Flex gap={16} wrap>
          <Form.Item name="cycleId" label={t('admin.setup.cycleId')} rules={idRules(t)} extra={t('admin.setup.idHint')}>
            <Input placeholder="cchc-2026" />
          </Form.Item>
          <Form.Item name="year" label={t('admin.setup.year')} rules={[{ required: true, message: t('admin.setup.required') }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="evaluator" label={t('admin.setup.evaluator')} rules={idRules(t)}>
            <Input placeholder="ubnd-tinh" />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('admin.setup.cycleTitle')} rules={[requiredRule(t)]}>
          <Input placeholder={t('admin.setup.cycleTitlePlaceholder')} />
        </Form.Item>
        <ThresholdsFields name="thresholds" legend={t('admin.setup.cycleThresholds')} />
        <Flex vertical gap={8}>
          {refusal.banner}
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('admin.setup.create')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
