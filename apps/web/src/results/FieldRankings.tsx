import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { useFieldRanking } from './field-ranking.api';
import { FieldRankingTable } from './FieldRankingTable';

/** The results ranked by one field: per group whose criteria set has it, a card with the group's table. */
export function FieldRankings({ cycleId, field, groupName }: { cycleId: string; field: string; groupName: (groupId: string) => string }) {
  const { t, i18n } = useTranslation();
  const ranking = useFieldRanking(cycleId, field);

  if (ranking.error) {
    const failure = ranking.error;
    // A field the cycle lacks (an old bookmark, a hand-edited URL) is said in the screen's words: no retry, the picker above offers the fields.
    if (failure instanceof ApiProblem && (failure.code === 'FIELD_NOT_FOUND' || failure.code === 'FIELD_INVALID')) {
      return <Alert type="warning" showIcon title={t('results.fieldNotFound', { field })} />;
    }
    const message = failure instanceof ApiProblem ? problemMessage(failure, i18n) : String(failure);
    return <Alert type="error" showIcon title={message} action={<Button onClick={() => void ranking.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (!ranking.data) return <Skeleton active />;
  if (ranking.data.groups.length === 0) return <Empty description={t('results.empty')} />;

  return ranking.data.groups.map((group) => {
    const name = groupName(group.group);
    const ranked = t('results.fieldChoice', { field, title: group.title });
    return (
      <Card key={group.group} title={<h2 className="par-card-heading">{name}</h2>} extra={`${ranked} · ${t('results.units', { count: group.results.length })}`}>
        <FieldRankingTable rows={group.results} caption={t('results.fieldRankingCaption', { group: name, field: ranked })} />
      </Card>
    );
  });
}
