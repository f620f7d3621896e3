import { Button, Flex, Form, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRefusal } from '../shared/use-form-refusal';
import { idRules, requiredRule } from './decimal-rule';
import { useSetupCommand, type RegisterUnitBody, type SetupOverview } from './setup.api';

const FIELDS = ['unitId', 'name', 'groupId', 'parentId'];

/** The units evaluated in the cycle: id, name, group, and the unit above it (none: under the evaluating body). */
export function UnitsSection({ overview, editable }: { overview: SetupOverview; editable: boolean }) {
  const { t } = useTranslation();
  const groupName = (groupId: string) => overview.groups.find((group) => group.groupId === groupId)?.name ?? groupId;
  const unitName = (unitId: string | null) => (unitId ? (overview.units.find((unit) => unit.unitId === unitId)?.name ?? unitId) : '—');
  return (
    <Flex vertical gap="large">
      <Table
        rowKey="unitId"
        size="small"
        aria-label={t('admin.units.list')}
        dataSource={overview.units}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('admin.units.empty') }}
        columns={[
          { key: 'unitId', title: t('admin.units.unitId'), dataIndex: 'unitId' },
          { key: 'name', title: t('admin.units.name'), dataIndex: 'name' },
          { key: 'group', title: t('admin.units.group'), render: (_, unit) => groupName(unit.groupId) },
          { key: 'parent', title: t('admin.units.parent'), render: (_, unit) => unitName(unit.parentId) },
        ]}
      />
      {editable && <RegisterUnitForm overview={overview} />}
    </Flex>
  );
}

function RegisterUnitForm({ overview }: { overview: SetupOverview }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterUnitBody>();
  const refusal = useFormRefusal(form, FIELDS);
  const register = useSetupCommand(overview.cycleId, 'units');

  const submit = ({ unitId, name, groupId, parentId }: RegisterUnitBody) => {
    refusal.clear();
    const body = { unitId: unitId.trim(), name: name.trim(), groupId, ...(parentId ? { parentId } : {}) };
    register.mutate(body, { onSuccess: () => form.resetFields(), onError: refusal.show });
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={t('admin.units.register')}>
      <Flex gap={16} wrap>
        <Form.Item name="unitId" label={t('admin.units.unitId')} rules={idRules(t)}>
          <Input placeholder="so-tu-phap" />
        </Form.Item>
        <Form.Item name="name" label={t('admin.units.name')} rules={[requiredRule(t)]}>
          <Input placeholder="Sở Tư pháp" />
        </Form.Item>
        <Form.Item name="groupId" label={t('admin.units.group')} rules={[{ required: true, message: t('admin.setup.required') }]}>
          <Select style={{ minWidth: 200 }} options={overview.groups.map((group) => ({ value: group.groupId, label: group.name }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.units.parent')}>
          <Select
            style={{ minWidth: 220 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('admin.units.noParent')}
            options={overview.units.map((unit) => ({ value: unit.unitId, label: unit.name }))}
          />
        </Form.Item>
      </Flex>
      <Flex vertical gap={8}>
        {refusal.banner}
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('admin.units.register')}
        </Button>
      </Flex>
    </Form>
  );
}
