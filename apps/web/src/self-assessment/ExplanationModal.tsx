import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { ChangedLeaf } from './appraisal-changes';
import { evidenceOf, isBlank, type EvidenceRow } from './evidence-draft';
import { EvidenceFields } from './EvidenceFields';
import { showRefusal } from './refusal';
import { useSelfAssessmentCommands } from './self-assessment.commands';

interface ExplanationValues {
  text: string;
  evidence: EvidenceRow[];
}

const FORM_FIELDS = ['text', 'evidence'];

/** The unit's explanation (giải trình) of an adjusted leaf: its text and new evidence, for the council. */
export function ExplanationModal({ cycleId, unitId, leaf, onClose }: { cycleId: string; unitId: string; leaf: ChangedLeaf; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExplanationValues>();
  const [alerts, setAlerts] = useState<string[]>([]);
  const { explain } = useSelfAssessmentCommands(cycleId, unitId);

  const onFinish = ({ text, evidence }: ExplanationValues) => {
    setAlerts([]);
    const rows = (evidence ?? []).filter((row) => !isBlank(row));
    form.setFieldValue('evidence', rows.length > 0 ? rows : [{}]);
    explain.mutate(
      { criterion: leaf.criterion, text: text.trim(), evidence: evidenceOf(rows) },
      {
        onSuccess: () => {
          void message.success(t('selfAssessment.explanation.filed', { criterion: leaf.criterion }));
          onClose();
        },
        onError: (error) => setAlerts(showRefusal(form, error, FORM_FIELDS, i18n)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('selfAssessment.explanation.title', { criterion: leaf.criterion })}
      okText={t('selfAssessment.explanation.send')}
      cancelText={t('selfAssessment.explanation.cancel')}
      confirmLoading={explain.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      rootClassName="par-self-assessment"
    >
      <Typography.Paragraph>
        {leaf.title}: {format.points(leaf.selfPoints ?? '0')} →{' '}
        {leaf.appraisedPoints === null ? t('selfAssessment.result.notApplicable') : format.points(leaf.appraisedPoints)}
        {leaf.reason ? ` (${leaf.reason})` : ''}
      </Typography.Paragraph>
      <Form<ExplanationValues>
        form={form}
        name={`explanation-${leaf.criterion}`}
        layout="vertical"
        initialValues={{ text: '', evidence: [{}] }}
        onFinish={onFinish}
      >
        <Form.Item
          name="text"
          label={t('selfAssessment.explanation.text')}
          rules={[{ required: true, whitespace: true, message: t('selfAssessment.explanation.textRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <EvidenceFields />
        {alerts.map((text) => (
          <Alert key={text} type="error" showIcon title={text} className="par-gap-below" />
        ))}
      </Form>
    </Modal>
  );
}
