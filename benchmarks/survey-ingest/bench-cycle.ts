import { CYCLE_FILE_FORMAT, type CycleFile, type CriterionEntry } from '@par/contracts';

/** The bench's province: `units` departments in one group whose set holds two self-scored leaves and the survey-held SIPAS leaf. */
export const BENCH_CYCLE = 'bench-sipas-2025';
export const BENCH_CAMPAIGN = 'bench-sipas-2025';
const SURVEY_LEAF = '2.1';

export const unitIdOf = (index: number) => `don-vi-${String(index + 1).padStart(4, '0')}`;

/** The cycle as benchmarks/import's past cycle writes it, without scores: only its structure matters to a survey. */
export function benchCycleFile(units: number): CycleFile {
  const criteria: CriterionEntry[] = [
    {
      code: '1',
      title: 'Công tác chỉ đạo, điều hành CCHC',
      children: [1, 2].map((leaf) => ({
        code: `1.${leaf}`,
        title: `Tiêu chí 1.${leaf}`,
        maxPoints: 1,
        method: { kind: 'manual' as const, step: 0.25 },
        source: 'self' as const,
      })),
    },
    {
      code: '2',
      title: 'Mức độ hài lòng của người dân, tổ chức',
      children: [
        { code: SURVEY_LEAF, title: 'Chỉ số hài lòng SIPAS', maxPoints: 2, method: { kind: 'manual' as const, step: 0.01 }, source: 'survey' as const },
      ],
    },
  ];
  return {
    format: CYCLE_FILE_FORMAT,
    cycle: {
      id: BENCH_CYCLE,
      year: 2025,
      title: 'Chỉ số CCHC năm 2025 (benchmark khảo sát)',
      evaluator: 'ubnd-tinh-bench',
      thresholds: [
        { class: 'TOT', label: 'Tốt', minIndex: 80 },
        { class: 'YEU', label: 'Yếu', minIndex: 0 },
      ],
    },
    criteriaSets: [{ id: 'set-2025', criteria }],
    groups: [{ id: 'departments', name: 'Sở, ban, ngành', criteriaSet: 'set-2025', thresholds: null }],
    units: Array.from({ length: units }, (_, index) => ({ id: unitIdOf(index), name: `Đơn vị ${index + 1}`, group: 'departments', parent: null })),
  };
}

/** The SIPAS questionnaire (five aspects, 20 questions, 1–5 with 4 and 5 satisfied) scoring the survey leaf. */
export function benchCampaignFile() {
  const aspect = (code: string, title: string, count: number) => ({
    code,
    title,
    questions: Array.from({ length: count }, (_, index) => ({ code: `${code}${index + 1}`, text: `${title}: câu ${index + 1}` })),
  });
  return {
    format: 'par-survey/1',
    campaign: { id: BENCH_CAMPAIGN, cycle: BENCH_CYCLE, kind: 'SIPAS', title: 'Khảo sát SIPAS năm 2025 (benchmark)' },
    questionnaire: {
      version: 1,
      scale: { min: 1, max: 5, satisfied: [4, 5] },
      aspects: [
        aspect('TC', 'Tiếp cận dịch vụ', 4),
        aspect('TT', 'Thủ tục hành chính', 4),
        aspect('CC', 'Công chức trực tiếp giải quyết công việc', 5),
        aspect('KQ', 'Kết quả cung ứng dịch vụ hành chính công', 3),
        aspect('PA', 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 4),
      ],
    },
    scoring: [{ criterion: SURVEY_LEAF, group: 'departments' }],
  };
}

/** Every question code, in questionnaire order. */
export function benchQuestionCodes(): string[] {
  return benchCampaignFile().questionnaire.aspects.flatMap((aspect) => aspect.questions.map((question) => question.code));
}
