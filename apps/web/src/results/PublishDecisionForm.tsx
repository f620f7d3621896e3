import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type ProblemItem } from '../api/api-problem';
import { fieldErrorsOf } from '../api/field-errors';
import { problemMessage } from '../api/problem-message';
import { type DecisionDraft, usePublishDecision } from './decisions.api';

/**
 * The province admin publishes the results as they stand as a decision (number, date, signer). A refusal shows
 * under the field it names, in the UI's language; the form keeps what was typed.
 */
export function PublishDecisionForm({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation();
  const { notification } = App.useApp();
  // Untyped: antd's typed setFields takes no name path it cannot check, and a refusal's names come from the gateway.
  const [form] = Form.useForm();
  const publish = usePublishDecision(cycleId);

  // The refusals of a publication in this form's words, else the app's own (problems.<CODE>), else the gateway's detail.
  const message = (item: ProblemItem | ApiProblem) => {
    const key = `results.problems.${item.code}`;
    // A key made at run time, checked by exists(): the cast only quiets the compiler's typed keys.
    return i18n.exists(key) ? t(key as 'results.problems.DATE_INVALID') : problemMessage(item, i18n);
  };

  const submit = (draft: DecisionDraft) =>
    publish.mutate(draft, {
      onSuccess: () => {
        notification.success({ title: t('results.published', { number: draft.number }) });
        form.resetFields();
      },
      onError: (error) => {
        if (!(error instanceof ApiProblem)) return notification.error({ title: String(error) });
        const fields = fieldErrorsOf(error, message).filter((entry) => ['number', 'date', 'signer'].includes(String(entry.name[0])));
        if (fields.length > 0) form.setFields(fields);
        else notification.error({ title: t('results.publishFailed'), description: message(error) });
      },
    });

  const required = (field: string) => [{ required: true, whitespace: true, message: t('results.required', { field }) }];
  return (
    <Form<DecisionDraft> form={form} layout="vertical" onFinish={submit} className="par-publish-form" aria-label={t('results.publishTitle')}>
      <Form.Item name="number" label={t('results.decisionNumber')} rules={required(t('results.decisionNumber'))}>
        <Input placeholder={t('results.decisionNumberPlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item name="date" label={t('results.decisionDate')} rules={required(t('results.decisionDate'))}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="signer" label={t('results.decisionSigner')} rules={required(t('results.decisionSigner'))}>
        <Input placeholder={t('results.decisionSignerPlaceholder')} maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={publish.isPending}>
        {t('results.publish')}
      </Button>
    </Form>
  );
}
