import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { useSession } from '../auth/session';
import { useCycleOverview } from '../cycle/cycle-overview';
import { CyclePicker } from '../cycle/CyclePicker';
import { rememberCycle, rememberedCycle } from '../cycle/remembered-cycle';
import { mayVerifyLog, ownUnitOnly } from './audit-access';
import { auditPath } from './audit-path';
import { LogVerificationPanel } from './LogVerificationPanel';
import { UnitAudit } from './UnitAudit';
import { UnitPicker } from './UnitPicker';
import './audit.css';

/**
 * "Lịch sử điểm" (/audit, /audit/:cycleId, /audit/:cycleId/:unitId): every leaf of a unit whose value changed,
 * with its whole chain; and, for the province and the council chair, the check of every service's log.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { cycleId, unitId } = useParams();
  const navigate = useNavigate();
  const roles = session?.claims.roles ?? [];
  // A unit's own officials see their own unit: the screen opens it for them.
  const ownUnit = ownUnitOnly(roles) ? session?.claims.unitId : undefined;

  if (!cycleId) {
    const remembered = rememberedCycle();
    if (remembered) return <Navigate to={auditPath(remembered, ownUnit)} replace />;
  } else if (!unitId && ownUnit) {
    return <Navigate to={auditPath(cycleId, ownUnit)} replace />;
  }
  return (
    <Flex vertical gap="large">
      <Typography.Title level={1}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph>{t('audit.intro')}</Typography.Paragraph>
      <CyclePicker cycleId={cycleId} onPick={(picked) => navigate(auditPath(picked, ownUnit))} />
      {cycleId ? (
        <CycleAudit cycleId={cycleId} unitId={unitId} ownUnit={ownUnit} onPickUnit={(picked) => navigate(auditPath(cycleId, picked))} />
      ) : (
        <Typography.Paragraph>{t('audit.pickCycle')}</Typography.Paragraph>
      )}
      {mayVerifyLog(roles) && <LogVerificationPanel />}
    </Flex>
  );
}

interface CycleAuditProps {
  cycleId: string;
  unitId?: string;
  ownUnit?: string;
  onPickUnit: (unitId: string) => void;
}

function CycleAudit({ cycleId, unitId, ownUnit, onPickUnit }: CycleAuditProps) {
  const { t, i18n } = useTranslation();
  const overview = useCycleOverview(cycleId);
  useEffect(() => {
    if (overview.data) rememberCycle(cycleId);
  }, [overview.data, cycleId]);

  if (overview.error) {
    const message = overview.error instanceof ApiProblem ? problemMessage(overview.error, i18n) : String(overview.error);
    return <Alert type="error" showIcon title={message} action={<Button onClick={() => void overview.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (!overview.data) return <Skeleton active />;
  const units = ownUnit ? overview.data.units.filter((unit) => unit.unitId === ownUnit) : overview.data.units;
  const unit = overview.data.units.find((candidate) => candidate.unitId === unitId);
  return (
    <Flex vertical gap="large">
      <Typography.Text type="secondary">
        {overview.data.title} ({overview.data.cycleId})
      </Typography.Text>
      <UnitPicker units={units} unitId={unitId} onPick={onPickUnit} />
      {unitId ? (
        <UnitAudit cycleId={cycleId} unitId={unitId} unitName={unit?.name ?? unitId} />
      ) : (
        <Typography.Paragraph>{t('audit.pickUnit')}</Typography.Paragraph>
      )}
    </Flex>
  );
}
