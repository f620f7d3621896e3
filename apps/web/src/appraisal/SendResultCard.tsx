import { App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppraisalCommand } from './appraisal-command';
import { useRefusal } from './use-refusal';

interface SendForm {
  explanationWindowDays: number;
}

// The cycle's own window is set with its deadlines, which the cycle overview does not carry: this is only a starting value.
const USUAL_WINDOW_DAYS = 5;

/** Sends the result to the unit, which opens its window to explain adjusted leaves; after it the values are locked. */
export function SendResultCard({ cycleId, unitId }: { cycleId: string; unitId: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<SendForm>();
  const send = useAppraisalCommand(cycleId, unitId);
  const refuse = useRefusal();

  const confirmAndSend = ({ explanationWindowDays }: SendForm) =>
    modal.confirm({
      title: t('appraisal.send.confirm'),
      content: t('appraisal.send.intro'),
      okText: t('appraisal.send.ok'),
      cancelText: t('appraisal.form.cancel'),
      onOk: () =>
        send.mutateAsync({ method: 'POST', path: '/send', body: { explanationWindowDays } }).then(
          () => void message.success(t('appraisal.send.done')),
          (error: unknown) => refuse(error, form, ['explanationWindowDays']),
        ),
    });

  return (
    <Card title={<h2 className="par-card-heading">{t('appraisal.send.title')}</h2>}>
      <Typography.Paragraph>{t('appraisal.send.intro')}</Typography.Paragraph>
      <Form<SendForm>
        form={form}
        name="send-result"
        layout="inline"
        requiredMark={false}
        initialValues={{ explanationWindowDays: USUAL_WINDOW_DAYS }}
        onFinish={confirmAndSend}
      >
        <Form.Item
          name="explanationWindowDays"
          label={t('appraisal.send.windowDays')}
          rules={[{ required: true, type: 'integer', min: 1, max: 366, message: t('appraisal.send.windowDaysInvalid') }]}
        >
          <InputNumber min={1} max={366} precision={0} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {t('appraisal.send.submit')}
        </Button>
      </Form>
    </Card>
  );
}
