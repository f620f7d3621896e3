import { Alert, Button, Descriptions, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../../format/use-format';
import { isFinished, useImportStatus, type ImportStatus } from './imports.api';
import { ProblemsTable } from './ProblemsTable';

/** The importer's phases (apps/cli's import), by their message keys. */
const PHASE_KEYS: Record<string, 'queued' | 'deciding' | 'recording' | 'readModels' | 'publishing' | 'done'> = {
  queued: 'queued',
  deciding: 'deciding',
  recording: 'recording',
  'read models': 'readModels',
  publishing: 'publishing',
  done: 'done',
};

/** An accepted import followed to its end: a progress bar with its phase, then what was recorded, or every reason it was refused. */
export function ImportFollow({ started }: { started: ImportStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { data: status, error } = useImportStatus(started);
  const { done, total, phase } = status.progress;
  const percent = total > 0 ? Math.floor((done / total) * 100) : status.state === 'succeeded' ? 100 : 0;
  const phaseKey = PHASE_KEYS[phase] as (typeof PHASE_KEYS)[string] | undefined;
  const phaseText = phaseKey ? t(`admin.imports.phases.${phaseKey}`) : phase;

  return (
    <Flex vertical gap="middle">
      <Typography.Text>{t('admin.imports.following', { file: status.fileName, cycle: status.cycle })}</Typography.Text>
      <Progress
        percent={status.state === 'succeeded' ? 100 : percent}
        status={status.state === 'failed' ? 'exception' : status.state === 'succeeded' ? 'success' : 'active'}
        aria-label={t('admin.imports.progress')}
      />
      <Typography.Text type="secondary" aria-live="polite">
        {t('admin.imports.phase', { phase: phaseText, done, total })}
      </Typography.Text>
      {error && !isFinished(status) && <Alert type="warning" showIcon title={t('admin.imports.pollFailed')} />}
      {status.state === 'succeeded' && status.summary && (
        <>
          <Alert
            type="success"
            showIcon
            title={
              status.summary.eventsAppended === 0
                ? t('admin.imports.alreadyImported', { cycle: status.cycle })
                : t('admin.imports.succeeded', { cycle: status.cycle })
            }
          />
          <Descriptions
            size="small"
            bordered
            column={1}
            aria-label={t('admin.imports.summary')}
            items={[
              { key: 'cycle', label: t('admin.imports.cycle'), children: status.cycle },
              { key: 'commands', label: t('admin.imports.commands'), children: status.summary.commands },
              { key: 'events', label: t('admin.imports.eventsAppended'), children: status.summary.eventsAppended },
              { key: 'finished', label: t('admin.imports.finishedAt'), children: format.dateTime(status.finishedAt) },
            ]}
          />
          <Button onClick={() => navigate(`/cycles/${encodeURIComponent(status.cycle)}/results`)}>{t('admin.imports.seeResults')}</Button>
        </>
      )}
      {status.state === 'failed' && (
        <ProblemsTable
          problems={status.problems}
          omitted={status.problemsOmitted ?? 0}
          summary={t('admin.imports.failed', { count: status.problems.length + (status.problemsOmitted ?? 0) })}
        />
      )}
    </Flex>
  );
}
