import type { CycleFile, SurveyResultEntry, SurveyResultsEntry } from '@par/contracts';
import { type CriteriaTree, IndexValue, Points } from '@par/domain';
import { DEMO_CAMPAIGNS, demoSurveyOf } from './demo-campaigns';

/** When the province published the survey results (Quyết định số 2150/QĐ-UBND ngày 15/12/2025). */
const PUBLISHED_ON = '2025-12-15';

/**
 * Moves the survey results the generator drew (as appraised values of the survey-held leaves) into the file's
 * `surveys` section, per campaign: the points, and the figures behind them as the demo's generated responses give
 * them (demo-responses.ts): M × 100 answers for a leaf of max M, the index they give, and the respondents who
 * answered its aspect. The appraisal no longer types them in.
 */
export function movePublishedSurveyResults(file: CycleFile, treeOf: (unit: string) => CriteriaTree): CycleFile {
  const groupOf = new Map(file.units.map((unit) => [unit.id, unit.group]));
  const results = new Map<string, SurveyResultEntry[]>(DEMO_CAMPAIGNS.map((campaign) => [campaign.id, []]));
  const appraisals = (file.appraisals ?? []).map((appraisal) => {
    const group = groupOf.get(appraisal.unit) ?? '';
    const tree = treeOf(appraisal.unit);
    const fromSurvey = appraisal.scores.filter((score) => tree.findLeaf(score.criterion)?.source === 'survey' && score.points !== undefined);
    for (const score of fromSurvey) {
      const placed = demoSurveyOf(group, score.criterion);
      if (!placed) throw new Error(`demo: no demo campaign scores ${group} ${score.criterion}`);
      const max = tree.findLeaf(score.criterion)?.maxPoints ?? Points.ZERO;
      const answers = max.toDecimal().times(100).toNumber();
      const points = Points.of(score.points ?? 0);
      results.get(placed.campaign.id)?.push({
        unit: appraisal.unit,
        criterion: score.criterion,
        respondents: 0,
        answers,
        index: IndexValue.rounded(points.toDecimal().div(max.toDecimal()).times(100)).toString(),
        points: points.toString(),
        appliedAt: PUBLISHED_ON,
      });
    }
    return { ...appraisal, scores: appraisal.scores.filter((score) => !fromSurvey.includes(score)) };
  });
  const surveys: SurveyResultsEntry[] = DEMO_CAMPAIGNS.map((campaign) => ({
    campaign: campaign.id,
    kind: campaign.kind,
    title: campaign.title,
    results: withRespondents(results.get(campaign.id) ?? [], groupOf),
  }));
  return { ...file, appraisals, surveys };
}

/** A leaf's respondents: those with a row on its aspect's questions, respondent k answering the k-th run of them. */
function withRespondents(results: readonly SurveyResultEntry[], groupOf: ReadonlyMap<string, string>): SurveyResultEntry[] {
  return results.map((result) => {
    const questions = demoSurveyOf(groupOf.get(result.unit) ?? '', result.criterion)?.aspect.questions.length ?? 1;
    return { ...result, respondents: Math.ceil(result.answers / questions) };
  });
}
