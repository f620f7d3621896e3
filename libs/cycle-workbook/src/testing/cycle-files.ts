import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CycleFile, parseCycleFile } from '@par/contracts';
import { Draft, draftOf } from '@par/contracts/testing';

/** The demo cycle the CLI imports (28 units, Vietnamese criteria), read as a file: a lib imports no app. */
export function demoCycleJson(): unknown {
  return JSON.parse(readFileSync(join(__dirname, '../../../../apps/cli/src/demo/demo-2025.json'), 'utf8'));
}

/** A file the contract accepts, or the test fails with every problem. */
export function accepted(json: unknown): CycleFile {
  const result = parseCycleFile(json);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.value;
}

/**
 * The worked example with everything v1.1 and the extensions add: times of each stage, the published
 * decision, a council's vote and chair, explanation evidence, a section, a bonus of 0.25, a district
 * under the province with its own thresholds, a deduction-method leaf and a leaf scored 87.64 of 100.
 */
export function fullV11File(): Draft {
  const file = draftOf();
  file.cycle.thresholds[2].minIndex = '65.5';
  file.criteriaSets[0].criteria.push({
    code: '8',
    title: 'Tác động của cải cách hành chính',
    children: [
      { code: '8.1', title: 'Mức độ hài lòng của người dân, tổ chức', maxPoints: '100.00', method: { kind: 'manual', step: '0.01' }, source: 'self' },
      {
        code: '8.2',
        title: 'Báo cáo định kỳ chậm (trừ 0,25 điểm mỗi lần)',
        maxPoints: 1,
        method: { kind: 'deduction', perOccurrence: 0.25, cap: 1 },
        source: 'self',
      },
    ],
  });
  file.groups.push({
    id: 'districts',
    name: 'UBND cấp huyện',
    criteriaSet: 'set-departments',
    thresholds: [
      { class: 'TOT', label: 'Tốt', minIndex: 85 },
      { class: 'YEU', label: 'Yếu', minIndex: 0 },
    ],
  });
  file.units.push({ id: 'huyen-y', name: 'UBND huyện Ý Yên', group: 'districts', parent: 'so-x' });
  const self = file.selfAssessments[0];
  self.submittedAt = '2025-12-05';
  self.scores.push({ criterion: '8.1', points: '87.64', note: 'Kết quả khảo sát SIPAS: 87,64%' });
  self.scores[0].evidence[0].section = 'mục II.3, tr. 4';
  const appraisal = file.appraisals[0];
  appraisal.appraisedAt = '2026-01-10T09:30:00+07:00';
  appraisal.finalizedAt = '2026-01-20';
  appraisal.councilChair = 'Phó Chủ tịch UBND tỉnh';
  appraisal.bonus = [{ points: '0.25', reason: 'Sáng kiến cấp tỉnh được công nhận' }];
  const explanation = appraisal.explanations[0];
  explanation.at = '2026-01-15T14:00:00+07:00';
  explanation.votes = { for: 5, against: 1, abstain: 1, members: 7 };
  explanation.evidence = [{ title: 'Báo cáo thanh toán trực tuyến cả năm 2025', documentNo: '98/BC-SX', date: '2026-01-14' }];
  file.decision = { number: '35/QĐ-UBND', date: '2026-01-27', signedBy: 'Chủ tịch UBND tỉnh' };
  return file;
}

/**
 * The full v1.1 file with surveys: a survey-held leaf 8.3 (the sociological survey, max 2.5), the SIPAS
 * campaign's results for both units (one without appliedAt, one index written as a number) and the
 * sociological campaign's later result for Department X, all zeros.
 */
export function surveyedFile(): Draft {
  const file = fullV11File();
  file.criteriaSets[0].criteria[4].children.push({
    code: '8.3',
    title: 'Điều tra xã hội học về sự hài lòng',
    maxPoints: 2.5,
    method: { kind: 'manual', step: 0.01 },
    source: 'survey',
  });
  file.surveys = [
    {
      campaign: 'sipas-2025',
      kind: 'SIPAS',
      title: 'Khảo sát SIPAS 2025',
      results: [
        { unit: 'so-x', criterion: '8.3', respondents: 120, answers: 400, index: '87.50', points: '2.19', appliedAt: '2025-12-15' },
        { unit: 'huyen-y', criterion: '8.3', respondents: 85, answers: 255, index: 81.5, points: 2.04 },
      ],
    },
    {
      campaign: 'dtxhh-2025',
      kind: 'SOCIOLOGICAL',
      title: 'Điều tra xã hội học năm 2025',
      results: [{ unit: 'so-x', criterion: '8.3', respondents: 0, answers: 0, index: 0, points: '0', appliedAt: '2026-01-10T09:30:00+07:00' }],
    },
  ];
  return file;
}
