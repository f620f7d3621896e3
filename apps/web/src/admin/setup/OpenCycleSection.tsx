import { Alert, Button, Descriptions, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/api-problem';
import { useFormat } from '../../format/use-format';
import { refusalMessage } from '../shared/refusal-message';
import { useSetupCommand, type SetupOverview } from './setup.api';

/** What the cycle holds before it opens, and the opening itself (every set frozen from then on). */
export function OpenCycleSection({ overview }: { overview: SetupOverview }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const open = useSetupCommand(overview.cycleId, 'open');
  const [refused, setRefused] = useState<string[]>([]);

  const confirm = () => {
    setRefused([]);
    open.mutate(undefined, {
      onError: (error) => setRefused(error instanceof ApiProblem ? error.errors.map((item) => refusalMessage(item, i18n)) : [String(error)]),
    });
  };

  return (
    <Flex vertical gap="middle">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'sets',
            label: t('admin.open.criteriaSets'),
            children: overview.criteriaSets.map((set) => `${set.criteriaSetId} (${format.points(set.maxTotal)})`).join(', ') || '—',
          },
          { key: 'groups', label: t('admin.open.groups'), children: overview.groups.length },
          { key: 'units', label: t('admin.open.units'), children: overview.units.length },
          { key: 'due', label: t('admin.open.due'), children: format.date(overview.selfAssessmentDue) },
        ]}
      />
      {refused.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={
            <Flex vertical gap={4}>
              {refused.map((message, index) => (
                <span key={index}>{message}</span>
              ))}
            </Flex>
          }
        />
      )}
      {open.isSuccess && <Alert type="success" showIcon title={t('admin.open.opened')} />}
      <Popconfirm title={t('admin.open.confirm')} okText={t('admin.open.open')} cancelText={t('admin.setup.cancel')} onConfirm={confirm}>
        <Button type="primary" loading={open.isPending}>
          {t('admin.open.open')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
