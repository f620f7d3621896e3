import { App, Button, Card, Flex, Form, Input, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPath } from '../api/api-path';
import { useFormat } from '../format/use-format';
import { useAppraisalCommand } from './appraisal-command';
import type { SheetAdjustment } from './appraisal.types';
import { CommandDialog } from './CommandDialog';
import { pointsRules, pointsText } from './points-input';
import { useRefusal } from './use-refusal';

interface AdjustmentForm {
  kind: 'bonus' | 'deduction';
  points: string;
  reason: string;
  criterion?: string;
  ref?: string;
}

const FIELDS = ['points', 'reason', 'criterion', 'ref'] as const;

/** Bonus and deductions of the unit: recorded with a reason, removed with a reason (never erased: the log keeps both). */
export function AdjustmentsCard({
  cycleId,
  unitId,
  adjustments,
  canEdit,
}: {
  cycleId: string;
  unitId: string;
  adjustments: SheetAdjustment[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [removing, setRemoving] = useState<SheetAdjustment | null>(null);
  const kindOf = (adjustment: Pick<SheetAdjustment, 'kind'>) => t(`appraisal.adjustments.${adjustment.kind}`);

  return (
    <Card title={<h2 className="par-card-heading">{t('appraisal.adjustments.title')}</h2>}>
      <Flex vertical gap="middle">
        <Table<SheetAdjustment>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('appraisal.adjustments.title')}
          dataSource={adjustments}
          locale={{ emptyText: <Typography.Text>{t('appraisal.adjustments.none')}</Typography.Text> }}
          columns={[
            { key: 'kind', title: t('appraisal.adjustments.kind'), render: (_, row) => kindOf(row) },
            { key: 'points', title: t('appraisal.adjustments.points'), align: 'right', render: (_, row) => format.points(row.points) },
            { key: 'reason', title: t('appraisal.adjustments.reason'), dataIndex: 'reason' },
            { key: 'criterion', title: t('appraisal.adjustments.criterion'), render: (_, row) => row.criterion ?? t('common.none') },
            { key: 'ref', title: t('appraisal.adjustments.ref'), render: (_, row) => row.ref ?? t('common.none') },
            {
              key: 'state',
              title: t('appraisal.adjustments.state'),
              render: (_, row) =>
                row.removed ? (
                  <Tag>{t('appraisal.adjustments.removed')}</Tag>
                ) : canEdit ? (
                  <Button
                    size="small"
                    danger
                    onClick={() => setRemoving(row)}
                    aria-label={t('appraisal.adjustments.removeOf', { kind: kindOf(row), reason: row.reason })}
                  >
                    {t('appraisal.adjustments.remove')}
                  </Button>
                ) : (
                  t('appraisal.adjustments.active')
                ),
            },
          ]}
        />
        {canEdit && <NewAdjustment cycleId={cycleId} unitId={unitId} />}
      </Flex>
      {removing && (
        <CommandDialog<{ reason: string }>
          name={`removal-${removing.id}`}
          title={t('appraisal.adjustments.removeOf', { kind: kindOf(removing), reason: removing.reason })}
          okText={t('appraisal.adjustments.remove')}
          done={t('appraisal.adjustments.removedDone')}
          cycleId={cycleId}
          unitId={unitId}
          fields={['reason']}
          onClose={() => setRemoving(null)}
          command={({ reason }) => ({ method: 'POST', path: apiPath`/adjustments/${removing.id}/removal`, body: { reason: reason.trim() } })}
        >
          <Form.Item
            name="reason"
            label={t('appraisal.form.reason')}
            rules={[{ required: true, whitespace: true, message: t('appraisal.form.reasonRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </CommandDialog>
      )}
    </Card>
  );
}

function NewAdjustment({ cycleId, unitId }: { cycleId: string; unitId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdjustmentForm>();
  const record = useAppraisalCommand(cycleId, unitId);
  const refuse = useRefusal();

  const submit = ({ kind, points, reason, criterion, ref }: AdjustmentForm) =>
    record.mutate(
      {
        method: 'POST',
        path: kind === 'bonus' ? '/bonuses' : '/deductions',
        body: {
          points: pointsText(points),
          reason: reason.trim(),
          ...(criterion?.trim() ? { criterion: criterion.trim() } : {}),
          ...(ref?.trim() ? { ref: ref.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('appraisal.adjustments.recorded'));
          form.resetFields();
        },
        onError: (error) => refuse(error, form, FIELDS),
      },
    );

  return (
    <Form<AdjustmentForm>
      form={form}
      name="new-adjustment"
      layout="vertical"
      requiredMark={false}
      className="par-adjustment-form"
      initialValues={{ kind: 'deduction' }}
      onFinish={submit}
    >
      <Form.Item name="kind" label={t('appraisal.adjustments.kind')}>
        <Radio.Group
          options={[
            { value: 'bonus', label: t('appraisal.adjustments.bonus') },
            { value: 'deduction', label: t('appraisal.adjustments.deduction') },
          ]}
        />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item
          name="points"
          label={t('appraisal.adjustments.points')}
          rules={pointsRules(t('appraisal.form.pointsRequired'), t('appraisal.form.pointsMalformed'))}
        >
          <Input inputMode="decimal" autoComplete="off" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="criterion" label={t('appraisal.adjustments.criterionOptional')}>
          <Input autoComplete="off" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="ref" label={t('appraisal.adjustments.refOptional')}>
          <Input autoComplete="off" style={{ width: 220 }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="reason"
        label={t('appraisal.adjustments.reason')}
        rules={[{ required: true, whitespace: true, message: t('appraisal.form.reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        {t('appraisal.adjustments.add')}
      </Button>
    </Form>
  );
}
