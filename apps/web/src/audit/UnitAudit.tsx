import { Alert, Button, Empty, Flex, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { useAuditTrail } from './audit.api';
import { chainsOf } from './audit-chains';
import { AuditChainTable } from './AuditChainTable';

/** A unit's leaves whose value changed, each with its chain; a switch shows the leaves the unit's own score settled too. */
export function UnitAudit({ cycleId, unitId, unitName }: { cycleId: string; unitId: string; unitName: string }) {
  const { t, i18n } = useTranslation();
  const trail = useAuditTrail(cycleId, unitId);
  const [showAll, setShowAll] = useState(false);

  if (trail.error) {
    const message = trail.error instanceof ApiProblem ? problemMessage(trail.error, i18n) : String(trail.error);
    return <Alert type="error" showIcon title={message} action={<Button onClick={() => void trail.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (!trail.data) return <Skeleton active />;
  const chains = chainsOf(trail.data.entries).filter((chain) => showAll || chain.changed);
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={2} className="par-audit-unit-title">
          {unitName} — {t('audit.leaves', { count: chains.length })}
        </Typography.Title>
        <label className="par-audit-show-all">
          <Switch checked={showAll} onChange={setShowAll} /> {t('audit.showAll')}
        </label>
      </Flex>
      {chains.length === 0 && <Empty description={t('audit.empty')} />}
      {chains.map((chain) => (
        <AuditChainTable key={chain.key} chain={chain} />
      ))}
    </Flex>
  );
}
