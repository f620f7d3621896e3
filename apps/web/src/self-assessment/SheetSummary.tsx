import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { Sheet } from './criteria-sheet';
import type { Progress } from './self-assessment.api';

/**
 * The running totals and the year-end projection (DOMAIN.md step 2): self points over the applicable max, leaves
 * scored, and from GET …/progress the points secured, those still held for the survey, and the projected score.
 */
export function SheetSummary({ sheet, progress }: { sheet: Sheet; progress: Progress | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    { key: 'selfTotal', value: `${format.points(sheet.selfTotal)} / ${format.points(sheet.applicableMax)}` },
    { key: 'scored', value: `${sheet.scored} / ${sheet.scorable}` },
    { key: 'secured', value: format.points(progress?.secured) },
    { key: 'surveyPending', value: format.points(progress ? (progress.surveyPending ?? progress.surveyHeld) : null) },
    { key: 'projected', value: format.points(progress?.projected) },
  ] as const;
  return (
    <Card title={<h2 className="par-card-heading">{t('selfAssessment.summary.title')}</h2>} size="small">
      <Row gutter={[24, 16]}>
        {figures.map(({ key, value }) => (
          <Col key={key} xs={12} md={8} lg={4} flex="auto">
            <Statistic title={t(`selfAssessment.summary.${key}`)} value={value} className={`par-figure par-figure-${key}`} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
