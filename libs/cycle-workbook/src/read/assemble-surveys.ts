import { append, defined, indexFirst, Json, RowLinks, text, value } from './row-links';

/**
 * The survey campaigns as the file's JSON (v1.1). The `surveys` sheet is present exactly when the file
 * has surveys; each `surveyResults` row joins its campaign's row by the campaign id, and one naming no
 * campaign of the `surveys` sheet is reported, even when that sheet is missing altogether.
 */
export function assembleSurveys(links: RowLinks): Json {
  const byCampaign = new Map<string, Json>();
  const surveys = links.rows('surveys').map((row) => {
    const survey = { ...defined({ campaign: value(row, 'campaign'), kind: value(row, 'kind'), title: value(row, 'title') }), results: [] };
    indexFirst(byCampaign, text(row, 'campaign'), survey);
    return survey;
  });
  for (const row of links.rows('surveyResults')) {
    const survey = links.parent(row, 'campaign', byCampaign, (campaign) => `campaign ${campaign} has no row in the surveys sheet`);
    if (!survey) continue;
    append(
      survey,
      'results',
      defined({
        unit: value(row, 'unit'),
        criterion: value(row, 'criterion'),
        respondents: value(row, 'respondents'),
        answers: value(row, 'answers'),
        index: value(row, 'index'),
        points: value(row, 'points'),
        appliedAt: value(row, 'appliedAt'),
      }),
    );
  }
  return links.has('surveys') ? { surveys } : {};
}
