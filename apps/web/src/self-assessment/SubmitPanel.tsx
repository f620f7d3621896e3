import { Alert, Button, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/api-problem';
import { useSession } from '../auth/session';
import { refusalMessage } from './refusal';
import { useSelfAssessmentCommands } from './self-assessment.commands';
import type { SelfAssessmentSheet } from './self-assessment.api';

/**
 * Where the sheet stands, and the head's submission, which locks it (DOMAIN.md step 2): a reporter is told that
 * the head submits; a refusal (a draft the set no longer allows, the deadline) is shown here in Vietnamese.
 */
export function SubmitPanel({ cycleId, sheet, cycleOpen }: { cycleId: string; sheet: SelfAssessmentSheet; cycleOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const { submit } = useSelfAssessmentCommands(cycleId, sheet.unitId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const isHead = session?.claims.roles.includes('UNIT_HEAD') ?? false;

  if (sheet.status === 'submitted') {
    return <Alert type="success" showIcon title={t('selfAssessment.submit.submitted', { count: sheet.submissions })} />;
  }
  if (!cycleOpen) return <Alert type="warning" showIcon title={t('selfAssessment.cycleNotOpen')} />;
  if (!isHead) return <Typography.Paragraph type="secondary">{t('selfAssessment.submit.headSubmits')}</Typography.Paragraph>;
  return (
    <div>
      {refusal && <Alert type="error" showIcon title={refusal} className="par-gap-below" />}
      <Popconfirm
        title={t('selfAssessment.submit.confirmTitle')}
        description={t('selfAssessment.submit.confirmText')}
        okText={t('selfAssessment.submit.confirm')}
        cancelText={t('selfAssessment.submit.cancel')}
        onConfirm={() => {
          setRefusal(null);
          submit.mutate(undefined, {
            onError: (error) => setRefusal(error instanceof ApiProblem ? refusalMessage(error, i18n) : String(error)),
          });
        }}
      >
        <Button type="primary" loading={submit.isPending}>
          {t('selfAssessment.submit.button')}
        </Button>
      </Popconfirm>
    </div>
  );
}
