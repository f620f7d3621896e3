import { SurveyCountsInput } from './survey-counts';

/** SIPAS aspects per Decision 1001/QĐ-BNV: access, procedures, civil servants, results, feedback handling. */
export const SIPAS_ASPECTS = ['TC', 'TTHC', 'CC', 'KQ', 'PAKN'];

/** Invented counts of a SIPAS 2025 campaign: two departments and a commune whose 3 respondents left every answer empty. */
export const SIPAS_2025_COUNTS: SurveyCountsInput = {
  aspects: SIPAS_ASPECTS,
  units: [
    {
      unit: 'so-tu-phap',
      respondents: 120,
      aspects: [
        { code: 'TC', answers: 240, satisfied: 200 },
        { code: 'TTHC', answers: 360, satisfied: 290 },
        { code: 'CC', answers: 240, satisfied: 228 },
        { code: 'KQ', answers: 120, satisfied: 96 },
      ],
    },
    {
      unit: 'so-y-te',
      respondents: 80,
      aspects: [
        { code: 'PAKN', answers: 16, satisfied: 4 },
        { code: 'TC', answers: 160, satisfied: 120 },
        { code: 'TTHC', answers: 240, satisfied: 180 },
        { code: 'CC', answers: 160, satisfied: 150 },
        { code: 'KQ', answers: 80, satisfied: 40 },
      ],
    },
    { unit: 'ubnd-xa-hoa-binh', respondents: 3, aspects: [] },
  ],
};
