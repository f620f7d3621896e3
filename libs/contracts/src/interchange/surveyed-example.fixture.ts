import { Draft, draftOf } from './worked-example.fixture';

/** The SIPAS leaf of field 3: 4 points held for the year-end survey, which the unit does not score. */
export const SIPAS_LEAF = {
  code: '3.5',
  title: 'Mức độ hài lòng của người dân, tổ chức (SIPAS)',
  maxPoints: 4,
  method: { kind: 'manual', step: 0.01 },
  source: 'survey',
} as const;

/**
 * DOMAIN.md's worked example with the survey-held leaf 3.5 (max 4) and the SIPAS 2025 campaign's result
 * for Department X: 120 respondents, 400 answers, index 87.50, 3.50 points applied on 15 December 2025.
 * Department X then stands at 3.00 + 3.50 = 6.50 of 4.50 + 4 = 8.50.
 */
export function surveyedExampleFile(): Draft {
  const file = draftOf();
  file.criteriaSets[0].criteria[1].children.push({ ...SIPAS_LEAF });
  file.surveys = [
    {
      campaign: 'sipas-2025',
      kind: 'SIPAS',
      title: 'Khảo sát SIPAS 2025',
      results: [{ unit: 'so-x', criterion: '3.5', respondents: 120, answers: 400, index: '87.50', points: '3.50', appliedAt: '2025-12-15' }],
    },
  ];
  return file;
}

/** The sociological survey's campaign, scoring the same leaf: `points` applied at `appliedAt` (absent: at import). */
export function sociologicalSurvey(points: string, appliedAt?: string): Draft {
  return {
    campaign: 'dtxhh-2025',
    kind: 'SOCIOLOGICAL',
    title: 'Điều tra xã hội học năm 2025',
    results: [{ unit: 'so-x', criterion: '3.5', respondents: 35, answers: 700, index: '75.00', points, ...(appliedAt === undefined ? {} : { appliedAt }) }],
  };
}
