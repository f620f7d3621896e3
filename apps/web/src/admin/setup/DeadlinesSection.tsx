import { Button, DatePicker, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { useFormRefusal } from '../shared/use-form-refusal';
import { useSetupCommand, type SetupOverview } from './setup.api';

interface DeadlineValues {
  /** antd's date (a dayjs), read as the calendar day picked. */
  selfAssessmentDue: { format: (template: string) => string } | undefined;
  explanationWindowDays: number;
}

const FIELDS = ['selfAssessmentDue', 'explanationWindowDays'];

/** The self-assessment due date (the whole day, Vietnam time) and how many days a unit has to explain; they may move while the cycle is open. */
export function DeadlinesSection({ overview }: { overview: SetupOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<DeadlineValues>();
  const refusal = useFormRefusal(form, FIELDS);
  const setDeadlines = useSetupCommand(overview.cycleId, 'deadlines');

  const submit = ({ selfAssessmentDue, explanationWindowDays }: DeadlineValues) => {
    refusal.clear();
    setDeadlines.mutate({ selfAssessmentDue: selfAssessmentDue?.format('YYYY-MM-DD') ?? '', explanationWindowDays }, { onError: refusal.show });
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Text>{t('admin.deadlines.current', { due: format.date(overview.selfAssessmentDue) })}</Typography.Text>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ explanationWindowDays: 7 }} aria-label={t('admin.deadlines.title')}>
        <Flex gap={16} wrap>
          <Form.Item name="selfAssessmentDue" label={t('admin.deadlines.selfAssessmentDue')} rules={[{ required: true, message: t('admin.setup.required') }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item
            name="explanationWindowDays"
            label={t('admin.deadlines.explanationWindowDays')}
            rules={[{ required: true, message: t('admin.setup.required') }]}
          >
            <InputNumber min={1} precision={0} />
          </Form.Item>
        </Flex>
        <Flex vertical gap={8}>
          {refusal.banner}
          {setDeadlines.isSuccess && <Typography.Text type="success">{t('admin.deadlines.saved')}</Typography.Text>}
          <Button type="primary" htmlType="submit" loading={setDeadlines.isPending}>
            {t('admin.deadlines.save')}
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
}
