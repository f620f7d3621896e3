import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { AuditEntry } from './audit.api';
import { campaignOf } from './audit-chains';

/** Who acted: the user, their role and their unit. */
export function ActorCell({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const role = i18n.exists(`roles.${entry.role}`) ? t(`roles.${entry.role}` as 'roles.UNIT_HEAD') : entry.role;
  return (
    <>
      <div>{entry.actor}</div>
      <Typography.Text type="secondary">
        {role}
        {entry.actorUnitId ? ` · ${entry.actorUnitId}` : ''}
      </Typography.Text>
    </>
  );
}

/** When the person acted; for a past cycle imported later, also when the log recorded it. */
export function TimeCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const occurred = format.dateTime(entry.occurredAt);
  const recorded = format.dateTime(entry.recordedAt);
  return (
    <>
      <div>{occurred}</div>
      {recorded !== occurred && <Typography.Text type="secondary">{t('audit.recordedAt', { time: recorded })}</Typography.Text>}
    </>
  );
}

/** Why: the stage's reason, the explanation's text, and the council's votes and decision. */
export function ReasonCell({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const decision =
    entry.decision && i18n.exists(`audit.decisions.${entry.decision}`) ? t(`audit.decisions.${entry.decision}` as 'audit.decisions.upheld') : entry.decision;
  if (!entry.reason && !entry.note && !entry.votes) return t('common.none');
  return (
    <>
      {entry.reason && <div>{entry.reason}</div>}
      {entry.note && <div>{entry.note}</div>}
      {entry.votes && (
        <Typography.Text type="secondary">
          {t('audit.votesText', entry.votes)}
          {decision ? ` — ${decision}` : ''}
        </Typography.Text>
      )}
    </>
  );
}

/** Where the value came from besides a person: the survey campaign, the imported file (its checksum). */
export function SourceCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const campaign = campaignOf(entry);
  if (!campaign && !entry.importedFrom) return t('common.none');
  return (
    <>
      {campaign && <div>{t('audit.campaignOf', { campaign })}</div>}
      {entry.importedFrom && (
        <div title={t('audit.importedTitle', { checksum: entry.importedFrom })}>
          {t('audit.importedFrom')}{' '}
          <Typography.Text code className="par-audit-nowrap">
            {shortChecksum(entry.importedFrom)}
          </Typography.Text>
        </div>
      )}
    </>
  );
}

/** "sha256:27039270…": enough to tell two files apart on screen; the whole checksum is in the title. */
function shortChecksum(checksum: string): string {
  return checksum.length > 15 ? `${checksum.slice(0, 15)}…` : checksum;
}
