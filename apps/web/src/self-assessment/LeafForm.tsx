import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { Leaf } from './criteria-sheet';
import { evidenceOf, isBlank, rowsOf, type EvidenceRow } from './evidence-draft';
import { EvidenceFields } from './EvidenceFields';
import { MethodHint } from './MethodHint';
import { showRefusal } from './refusal';
import { useSelfAssessmentCommands } from './self-assessment.commands';
import { ScoreInput } from './ScoreInput';

interface LeafValues {
  points: string | null;
  evidence: EvidenceRow[];
  note: string;
}

/** The fields a refusal of a score may name that this form shows; any other goes to the leaf's alert. */
const FORM_FIELDS = ['points', 'evidence', 'note'];

/**
 * One leaf of the unit's sheet: its max and method, the self score, the evidence and a note; saved as a draft
 * or cleared. A refusal shows next to the input it names, and the form keeps what was typed.
 */
export function LeafForm({ cycleId, unitId, leaf, locked }: { cycleId: string; unitId: string; leaf: Leaf; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeafValues>();
  const [alerts, setAlerts] = useState<string[]>([]);
  const [edited, setEdited] = useState(false);
  const { save, clear } = useSelfAssessmentCommands(cycleId, unitId);
  const headingId = useId();

  const onFinish = (values: LeafValues) => {
    setAlerts([]);
    if (values.points === null || values.points === undefined || values.points === '') {
      form.setFields([{ name: 'points', errors: [t('selfAssessment.leaf.pointsRequired')] }]);
      return;
    }
    // Rows left blank go from the form too, so a refusal's evidence[i] is the i-th row on screen.
    const rows = (values.evidence ?? []).filter((row) => !isBlank(row));
    form.setFieldValue('evidence', rows.length > 0 ? rows : [{}]);
    const note = values.note?.trim();
    const draft = { points: values.points, evidence: evidenceOf(rows), ...(note ? { note } : {}) };
    save.mutate(
      { criterion: leaf.criterion, draft },
      {
        onSuccess: () => {
          setEdited(false);
          void message.success(t('selfAssessment.leaf.saved', { criterion: leaf.criterion }));
        },
        onError: (error) => setAlerts(showRefusal(form, error, FORM_FIELDS, i18n)),
      },
    );
  };

  const onClear = () => {
    setAlerts([]);
    clear.mutate(leaf.criterion, {
      onSuccess: () => {
        form.setFieldsValue({ points: null, evidence: [{}], note: '' });
        setEdited(false);
        void message.success(t('selfAssessment.leaf.cleared', { criterion: leaf.criterion }));
      },
      onError: (error) => setAlerts(showRefusal(form, error, FORM_FIELDS, i18n)),
    });
  };

  return (
    <section aria-labelledby={headingId} className="par-leaf">
      <Card
        size="small"
        title={
          <h3 id={headingId} className="par-leaf-heading">
            {leaf.criterion} {leaf.title}
          </h3>
        }
        extra={<LeafState leaf={leaf} edited={edited} />}
      >
        <Typography.Paragraph type="secondary" className="par-leaf-rule">
          {t('selfAssessment.leaf.max', { max: format.points(leaf.maxPoints) })} · <MethodHint method={leaf.method} />
        </Typography.Paragraph>
        {!leaf.applicable ? (
          <Typography.Text>{t('selfAssessment.leaf.notApplicable')}</Typography.Text>
        ) : !leaf.scorable ? (
          <Typography.Text>{t('selfAssessment.leaf.bySurvey')}</Typography.Text>
        ) : (
          <Form<LeafValues>
            form={form}
            name={`leaf-${leaf.criterion}`}
            layout="vertical"
            disabled={locked}
            initialValues={{ points: leaf.points, evidence: rowsOf(leaf.evidence), note: leaf.note ?? '' }}
            onValuesChange={() => setEdited(true)}
            onFinish={onFinish}
          >
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item name="points" label={t('selfAssessment.leaf.points')}>
                  <ScoreInput method={leaf.method} maxPoints={leaf.maxPoints} />
                </Form.Item>
              </Col>
              <Col xs={24} md={18}>
                <Form.Item name="note" label={t('selfAssessment.leaf.note')}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
              </Col>
            </Row>
            <EvidenceFields disabled={locked} />
            {alerts.map((text) => (
              <Alert key={text} type="error" showIcon title={text} className="par-gap-below" />
            ))}
            {!locked && (
              <Flex gap="small" wrap>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('selfAssessment.leaf.save')}
                </Button>
                {leaf.points !== null && (
                  <Button onClick={onClear} loading={clear.isPending}>
                    {t('selfAssessment.leaf.clear')}
                  </Button>
                )}
              </Flex>
            )}
          </Form>
        )}
      </Card>
    </section>
  );
}

function LeafState({ leaf, edited }: { leaf: Leaf; edited: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (edited) return <Tag>{t('selfAssessment.leaf.unsaved')}</Tag>;
  if (!leaf.scorable) return null;
  if (leaf.points === null) return <Tag>{t('selfAssessment.leaf.notScored')}</Tag>;
  return <Tag>{t('selfAssessment.leaf.savedPoints', { points: format.points(leaf.points) })}</Tag>;
}
