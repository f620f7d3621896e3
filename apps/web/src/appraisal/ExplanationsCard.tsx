import { App, Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import { useAppraisalCommand } from './appraisal-command';
import { useAuditTrail } from './appraisal.api';
import type { AppraisalSheet, AuditTrail, SheetLeaf } from './appraisal.types';
import { EvidenceList } from './EvidenceList';
import { READABLE_LABELS } from './readable';
import { ResolutionForm } from './ResolutionForm';
import { useRefusal } from './use-refusal';

/**
 * After the result is sent: the unit's explanations, each with its text and evidence (from the audit trail), the
 * chair's resolution of the open ones, and the chair's finalization.
 */
export function ExplanationsCard({ cycleId, unitId, sheet, isChair }: { cycleId: string; unitId: string; sheet: AppraisalSheet; isChair: boolean }) {
  const { t } = useTranslation();
  const explained = sheet.leaves.filter((leaf) => leaf.explanation !== 'none');
  const audit = useAuditTrail(cycleId, unitId, explained.length > 0);

  return (
    <Card
      title={<h2 className="par-card-heading">{t('appraisal.council.title')}</h2>}
      extra={isChair && sheet.phase === 'resultSent' && <FinalizeButton cycleId={cycleId} unitId={unitId} />}
    >
      {explained.length === 0 ? (
        <Empty description={t('appraisal.council.none')} />
      ) : (
        <Flex vertical gap="large">
          {explained.map((leaf) => (
            <Explanation
              key={leaf.criterion}
              cycleId={cycleId}
              unitId={unitId}
              leaf={leaf}
              audit={audit.data}
              canResolve={isChair && leaf.explanation === 'open'}
            />
          ))}
        </Flex>
      )}
    </Card>
  );
}

function Explanation({
  cycleId,
  unitId,
  leaf,
  audit,
  canResolve,
}: {
  cycleId: string;
  unitId: string;
  leaf: SheetLeaf;
  audit?: AuditTrail;
  canResolve: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // The latest explanation of the leaf; the audit trail (another read model) may be a moment behind the sheet.
  const filed = audit?.entries.filter((entry) => entry.stage === 'explanation' && entry.criterion === leaf.criterion).at(-1);
  const label = t('appraisal.council.explanationOf', { criterion: leaf.criterion });
  return (
    <section aria-label={label}>
      <Card type="inner" title={<h3 className="par-card-heading">{`${label}: ${leaf.title}`}</h3>}>
        <Descriptions
          styles={READABLE_LABELS}
          size="small"
          column={1}
          items={[
            {
              key: 'self',
              label: t('appraisal.sheet.self'),
              children: leaf.selfPoints === null ? t('appraisal.sheet.notScored') : format.points(leaf.selfPoints),
            },
            {
              key: 'points',
              label: t('appraisal.sheet.appraised'),
              children: leaf.applicable ? format.points(leaf.points) : t('appraisal.sheet.notApplicable'),
            },
            {
              key: 'state',
              label: t('appraisal.sheet.status'),
              children: leaf.explanation === 'open' ? t('appraisal.sheet.explanationOpen') : t('appraisal.sheet.explanationResolved'),
            },
            { key: 'text', label: t('appraisal.council.text'), children: filed?.note ?? t('appraisal.council.textPending') },
            { key: 'evidence', label: t('appraisal.council.evidence'), children: <EvidenceList evidence={filed?.evidence ?? []} /> },
            ...(filed ? [{ key: 'filed', label: t('appraisal.council.filed'), children: `${filed.actor} · ${format.dateTime(filed.occurredAt)}` }] : []),
          ]}
        />
        {canResolve && <ResolutionForm cycleId={cycleId} unitId={unitId} leaf={leaf} />}
        {!canResolve && leaf.explanation === 'open' && <Typography.Paragraph>{t('appraisal.council.awaitingChair')}</Typography.Paragraph>}
      </Card>
    </section>
  );
}

function FinalizeButton({ cycleId, unitId }: { cycleId: string; unitId: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const finalize = useAppraisalCommand(cycleId, unitId);
  const refuse = useRefusal();
  const confirm = () =>
    modal.confirm({
      title: t('appraisal.council.finalizeConfirm'),
      content: t('appraisal.council.finalizeIntro'),
      okText: t('appraisal.council.finalizeOk'),
      cancelText: t('appraisal.form.cancel'),
      onOk: () =>
        finalize.mutateAsync({ method: 'POST', path: '/finalize' }).then(
          () => void message.success(t('appraisal.council.finalized')),
          (error: unknown) => refuse(error),
        ),
    });
  return (
    <Button type="primary" onClick={confirm} loading={finalize.isPending}>
      {t('appraisal.council.finalize')}
    </Button>
  );
}
