import { Button, Flex, Form, Input, Select, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRefusal } from '../shared/use-form-refusal';
import { idRules, requiredRule } from './decimal-rule';
import { useSetupCommand, type DefineGroupBody, type SetupOverview, type ThresholdBody } from './setup.api';
import { COMMON_THRESHOLDS, thresholdsBody, ThresholdsFields } from './ThresholdsFields';

interface GroupValues {
  groupId: string;
  name: string;
  criteriaSetId: string;
  ownThresholds?: boolean;
  thresholds?: ThresholdBody[];
}

const FIELDS = ['groupId', 'name', 'criteriaSetId', 'thresholds'];

/** The groups units are ranked in (departments, districts…), each with its criteria set and, if it differs, its own thresholds. */
export function GroupsSection({ overview, editable }: { overview: SetupOverview; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="large">
      <Table
        rowKey="groupId"
        size="small"
        pagination={false}
        aria-label={t('admin.groups.list')}
        dataSource={overview.groups}
        locale={{ emptyText: t('admin.groups.empty') }}
        columns={[
          { key: 'groupId', title: t('admin.groups.groupId'), dataIndex: 'groupId' },
          { key: 'name', title: t('admin.groups.name'), dataIndex: 'name' },
          { key: 'criteriaSetId', title: t('admin.groups.criteriaSet'), dataIndex: 'criteriaSetId' },
        ]}
      />
      {editable && <DefineGroupForm overview={overview} />}
    </Flex>
  );
}

function DefineGroupForm({ overview }: { overview: SetupOverview }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GroupValues>();
  const ownThresholds = Form.useWatch('ownThresholds', form);
  const refusal = useFormRefusal(form, FIELDS);
  const define = useSetupCommand(overview.cycleId, 'groups');

  const submit = ({ groupId, name, criteriaSetId, ownThresholds: own, thresholds }: GroupValues) => {
    refusal.clear();
    const body: DefineGroupBody = { groupId: groupId.trim(), name: name.trim(), criteriaSetId, ...(own ? { thresholds: thresholdsBody(thresholds) } : {}) };
    define.mutate(body, { onSuccess: () => form.resetFields(), onError: refusal.show });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ ownThresholds: false, thresholds: COMMON_THRESHOLDS }}
      aria-label={t('admin.groups.define')}
    >
      <Flex gap={16} wrap>
        <Form.Item name="groupId" label={t('admin.groups.groupId')} rules={idRules(t)}>
          <Input placeholder="departments" />
        </Form.Item>
        <Form.Item name="name" label={t('admin.groups.name')} rules={[requiredRule(t)]}>
          <Input placeholder="Sở, ban, ngành" />
        </Form.Item>
        <Form.Item name="criteriaSetId" label={t('admin.groups.criteriaSet')} rules={[{ required: true, message: t('admin.setup.required') }]}>
          <Select style={{ minWidth: 220 }} options={overview.criteriaSets.map((set) => ({ value: set.criteriaSetId, label: set.criteriaSetId }))} />
        </Form.Item>
        <Form.Item name="ownThresholds" label={t('admin.groups.ownThresholds')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Flex>
      {ownThresholds && <ThresholdsFields name="thresholds" legend={t('admin.groups.thresholds')} />}
      <Flex vertical gap={8}>
        {refusal.banner}
        <Button type="primary" htmlType="submit" loading={define.isPending}>
          {t('admin.groups.define')}
        </Button>
      </Flex>
    </Form>
  );
}
