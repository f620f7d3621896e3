import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvidenceRow } from './evidence-draft';

/**
 * The evidence of a claim (title, document number, date), one row per document, in a form's `evidence` list.
 * A row with a number or a date needs its title; a refusal naming `evidence` shows under the list.
 */
export function EvidenceFields({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="evidence">
      {(rows, { add, remove }, { errors }) => (
        <fieldset className="par-evidence">
          <legend>{t('selfAssessment.evidence.legend')}</legend>
          {rows.map((row, position) => (
            <Row key={row.key} gutter={8} align="top" wrap>
              <Col xs={24} md={10}>
                <Form.Item
                  name={[row.name, 'title']}
                  label={t('selfAssessment.evidence.title')}
                  dependencies={[
                    ['evidence', row.name, 'documentNo'],
                    ['evidence', row.name, 'date'],
                  ]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, title?: string) => {
                        const other = getFieldValue(['evidence', row.name]) as EvidenceRow | undefined;
                        const cited = !!other?.documentNo?.trim() || !!other?.date?.trim();
                        return cited && !title?.trim() ? Promise.reject(new Error(t('selfAssessment.evidence.titleRequired'))) : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Input placeholder={t('selfAssessment.evidence.titlePlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name={[row.name, 'documentNo']} label={t('selfAssessment.evidence.documentNo')}>
                  <Input placeholder="12/KH-STP" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name={[row.name, 'date']} label={t('selfAssessment.evidence.date')}>
                  <Input type="date" />
                </Form.Item>
              </Col>
              <Col xs={24} md={2} className="par-evidence-remove">
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('selfAssessment.evidence.remove', { position: position + 1 })}
                  title={t('selfAssessment.evidence.remove', { position: position + 1 })}
                  disabled={disabled}
                  onClick={() => remove(row.name)}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} disabled={disabled} onClick={() => add({})}>
            {t('selfAssessment.evidence.add')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
