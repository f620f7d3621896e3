import { App, Button, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiPath } from '../api/api-path';
import { useFormat } from '../format/use-format';
import { useAppraisalCommand } from './appraisal-command';
import type { SheetLeaf } from './appraisal.types';
import { pointsRules, pointsText } from './points-input';
import { useRefusal } from './use-refusal';

interface Resolution {
  decision: 'upheld' | 'changed';
  points?: string;
  reason: string;
  votes: { for: number; against: number; abstain: number; members: number };
}

const FIELDS = ['decision', 'points', 'reason', 'votes'] as const;
const VOTES = ['for', 'against', 'abstain', 'members'] as const;

/** The council's decision on an explanation: upheld or changed (with the new points), a reason, and the vote. */
export function ResolutionForm({ cycleId, unitId, leaf }: { cycleId: string; unitId: string; leaf: SheetLeaf }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Resolution>();
  const decision = Form.useWatch('decision', form);
  const resolve = useAppraisalCommand(cycleId, unitId);
  const refuse = useRefusal();

  const submit = ({ decision, points, reason, votes }: Resolution) =>
    resolve.mutate(
      {
        method: 'POST',
        path: apiPath`/explanations/${leaf.criterion}/resolution`,
        body: { decision, ...(decision === 'changed' && points ? { points: pointsText(points) } : {}), reason: reason.trim(), votes },
      },
      {
        onSuccess: () => void message.success(t('appraisal.council.resolved', { criterion: leaf.criterion })),
        onError: (error) => refuse(error, form, FIELDS),
      },
    );

  const required = (message: string) => [{ required: true, message }];
  return (
    <Form<Resolution>
      form={form}
      name={`resolution-${leaf.criterion}`}
      layout="vertical"
      requiredMark={false}
      initialValues={{ decision: 'upheld' }}
      onFinish={submit}
    >
      <Form.Item name="decision" label={t('appraisal.council.decision')}>
        <Radio.Group
          options={[
            { value: 'upheld', label: t('appraisal.council.upheld') },
            { value: 'changed', label: t('appraisal.council.changed') },
          ]}
        />
      </Form.Item>
      {decision === 'changed' && (
        <Form.Item
          name="points"
          label={t('appraisal.council.points')}
          extra={t('appraisal.form.pointsHint', { max: format.points(leaf.maxPoints), self: format.points(leaf.selfPoints) })}
          rules={pointsRules(t('appraisal.form.pointsRequired'), t('appraisal.form.pointsMalformed'))}
        >
          <Input inputMode="decimal" autoComplete="off" style={{ width: 160 }} />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('appraisal.council.reason')}
        rules={[{ required: true, whitespace: true, message: t('appraisal.form.reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Flex gap="middle" wrap>
        {VOTES.map((vote) => (
          <Form.Item key={vote} name={['votes', vote]} label={t(`appraisal.council.votes.${vote}`)} rules={required(t('appraisal.council.votesRequired'))}>
            <InputNumber min={vote === 'members' ? 1 : 0} precision={0} />
          </Form.Item>
        ))}
      </Flex>
      <Button type="primary" htmlType="submit" loading={resolve.isPending}>
        {t('appraisal.council.resolve')}
      </Button>
    </Form>
  );
}
