import { parseCampaignFile } from './parse-campaign-file';
import { sipas2025CampaignFile } from './sipas-2025.fixture';
import { SurveyFileError } from './survey-file-error';

type Draft = ReturnType<typeof sipas2025CampaignFile> & Record<string, unknown>;

/** The problems of a file, as a clerk reads them: code and message. */
function problems(json: unknown): Pick<SurveyFileError, 'code' | 'message'>[] {
  const result = parseCampaignFile(json);
  return result.ok ? [] : result.errors.map(({ code, message }) => ({ code, message }));
}

const changed = (change: (draft: Draft) => void): Draft => {
  const draft = sipas2025CampaignFile() as Draft;
  change(draft);
  return draft;
};
const aspect = (draft: Draft, code: string) => draft.questionnaire.aspects.find((entry) => entry.code === code)!;

/** The example printed in INTERCHANGE.md "Surveys", verbatim: the contract's own example must be accepted. */
const INTERCHANGE_SURVEY_SAMPLE = `{ "format": "par-survey/1",
  "campaign": { "id": "sipas-2025", "cycle": "demo-2025", "kind": "SIPAS", "title": "Khảo sát SIPAS 2025" },
  "questionnaire": {
    "scale": { "min": 1, "max": 5, "satisfied": [4, 5] },
    "aspects": [ { "code": "TC", "title": "Tiếp cận dịch vụ",
                   "questions": [ { "code": "TC1", "text": "Nơi ngồi chờ có đủ chỗ ngồi" } ] } ] },
  "scoring": [ { "criterion": "1.3", "group": "departments" } ] }`;

describe('parseCampaignFile', () => {
  it('accepts the SIPAS 2025 campaign: five aspects of 3 to 5 questions, scale 1–5, satisfied 4 and 5', () => {
    const result = parseCampaignFile(sipas2025CampaignFile());
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    expect(result.value.questionnaire.aspects.map((entry) => [entry.code, entry.questions.length])).toEqual([
      ['TC', 4],
      ['TT', 4],
      ['CC', 5],
      ['KQ', 3],
      ['PA', 4],
    ]);
    expect(result.value.campaign).toEqual(expect.objectContaining({ id: 'sipas-2025', cycle: 'demo-2025', kind: 'SIPAS' }));
  });

  it("accepts INTERCHANGE.md's own example, its questionnaire at version 1 since it states none", () => {
    const result = parseCampaignFile(JSON.parse(INTERCHANGE_SURVEY_SAMPLE));
    expect(result.ok && result.value.questionnaire.version).toBe(1);
    expect(result.ok && result.value.scoring).toEqual([{ criterion: '1.3', group: 'departments' }]);
  });

  it('keeps a stated questionnaire version and drops fields it does not know (a later v1 may add some)', () => {
    const result = parseCampaignFile(
      changed((d) => {
        d.questionnaire.version = 2;
        d['note'] = 'Phiếu sửa đổi sau đợt khảo sát thử';
      }),
    );
    expect(result.ok && result.value.questionnaire.version).toBe(2);
    expect(result.ok && 'note' in result.value).toBe(false);
  });

  it('reads an optional sample plan (population per unit, margin) and names a bad population', () => {
    const planned = parseCampaignFile(changed((draft) => (draft.sampling = { margin: 0.05, population: [{ unit: 'so-tu-phap', population: 5000 }] })));
    expect(planned.ok && planned.value.sampling).toEqual({ margin: 0.05, population: [{ unit: 'so-tu-phap', population: 5000 }] });
    expect(problems(changed((draft) => (draft.sampling = { population: [{ unit: 'so-tu-phap', population: 12.5 }] })))).toEqual([
      { code: 'SHAPE_INVALID', message: expect.stringContaining('must be a whole number of people') },
    ]);
    expect(problems(changed((draft) => (draft.sampling = { margin: 1.5, population: [] })))).toEqual([
      { code: 'SHAPE_INVALID', message: expect.stringContaining('must be below 1') },
    ]);
  });

  it('refuses what is not a JSON object', () => {
    expect(problems([sipas2025CampaignFile()])).toEqual([{ code: 'SHAPE_INVALID', message: '(file): a campaign file must be a JSON object' }]);
  });

  it.each<[string, (d: Draft) => void, string]>([
    ['a missing format tag', (d) => void delete (d as Partial<Draft>).format, 'format: is required: "par-survey/1"'],
    ['the cycle file format', (d) => void (d.format = 'par-interchange/1'), 'format: "par-interchange/1" is not a supported format; expected "par-survey/1"'],
  ])('refuses %s (FORMAT_UNSUPPORTED)', (_case, change, message) => {
    expect(problems(changed(change))).toEqual([{ code: 'FORMAT_UNSUPPORTED', message }]);
  });

  it.each<[string, (d: Draft) => void, string]>([
    ['a kind of survey it does not know', (d) => void (d.campaign.kind = 'PCI'), 'campaign.kind: must be one of SIPAS, SOCIOLOGICAL, PAPI, DGI'],
    ['a campaign without its cycle', (d) => void delete (d.campaign as Partial<Draft['campaign']>).cycle, 'campaign.cycle: is required'],
    ['a blank title', (d) => void (d.campaign.title = '   '), 'campaign.title: must not be blank'],
    ['a title over 500 characters', (d) => void (d.campaign.title = 'Khảo sát '.repeat(60)), 'campaign.title: must be at most 500 characters'],
    [
      'a question text over 2,000 characters',
      (d) => void (aspect(d, 'TC').questions[0].text = 'Nơi ngồi chờ có đủ chỗ ngồi. '.repeat(80)),
      'questionnaire.aspects[TC].questions[TC1].text: must be at most 2,000 characters',
    ],
    [
      'a question code with a space',
      (d) => void (aspect(d, 'KQ').questions[2].code = 'KQ 3'),
      'questionnaire.aspects[KQ].questions[#2].code: must be a code such as "TC1": letters, digits, ".", "_" or "-"',
    ],
    ['an aspect without questions', (d) => void (aspect(d, 'PA').questions = []), 'questionnaire.aspects[PA].questions: must list at least one question'],
    ['a questionnaire version 0', (d) => void (d.questionnaire.version = 0), 'questionnaire.version: must be a whole number from 1'],
    ['a scale bound written as text', (d) => void ((d.questionnaire.scale as Record<string, unknown>).max = '5'), 'questionnaire.scale.max: must be a number'],
    [
      'a scoring entry whose criterion is not a code',
      (d) => void (d.scoring[1].criterion = 'Tiêu chí 8.5'),
      'scoring[#1].criterion: a criterion code looks like "7.2.2"',
    ],
  ])('refuses %s (SHAPE_INVALID), naming the field', (_case, change, message) => {
    expect(problems(changed(change))).toEqual([{ code: 'SHAPE_INVALID', message }]);
  });

  it('names a question by its aspect and code, and does not echo a long value back', () => {
    const long = 'Thủ tục '.repeat(400);
    const result = parseCampaignFile(changed((d) => void (aspect(d, 'TT').title = long)));
    const [error] = result.ok ? [] : result.errors;
    expect(error.field).toBe('questionnaire.aspects[TT].title');
    expect(String(error.value).length).toBeLessThanOrEqual(61);
    expect(error.message.length).toBeLessThan(200);
  });

  describe('codes (ID_DUPLICATE)', () => {
    it('refuses a question code used twice, even in two aspects: a responses row names the question alone', () => {
      expect(problems(changed((d) => void (aspect(d, 'CC').questions[4].code = 'TC2')))).toEqual([
        {
          code: 'ID_DUPLICATE',
          message: 'questionnaire.aspects[CC].questions[TC2].code: "TC2" is used more than once in the questionnaire (first by question 2 of aspect 1 ("TC"))',
        },
      ]);
    });

    it('refuses an aspect code used twice, and an aspect sharing its code with a question', () => {
      const draft = changed((d) => {
        aspect(d, 'PA').code = 'KQ';
        aspect(d, 'TT').code = 'TC1';
      });
      expect(problems(draft).map((problem) => problem.message)).toEqual([
        'questionnaire.aspects[TC1].code: "TC1" is used more than once in the questionnaire (first by question 1 of aspect 1 ("TC"))',
        'questionnaire.aspects[KQ].code: "KQ" is used more than once in the questionnaire (first by aspect 4 ("KQ"))',
      ]);
    });

    it('refuses a criterion scored twice for one group, but scores it for two groups', () => {
      expect(problems(changed((d) => void d.scoring.push({ criterion: '3.5', group: 'districts' })))).toEqual([]);
      expect(problems(changed((d) => void d.scoring.push({ criterion: '3.5', group: 'departments' })))).toEqual([
        { code: 'ID_DUPLICATE', message: 'scoring[criterion=3.5,group=departments]: criterion "3.5" is already scored for group "departments"' },
      ]);
    });
  });

  describe('the scale (SCALE_INVALID)', () => {
    const scaleProblems = (scale: unknown) => problems(changed((d) => void ((d.questionnaire as Record<string, unknown>).scale = scale)));

    it.each<[string, unknown, string[]]>([
      ['a bound that is not whole', { min: 1, max: 5.5, satisfied: [4, 5] }, ['questionnaire.scale.max: 5.5 is not a whole number']],
      ['min not below max', { min: 5, max: 1, satisfied: [4, 5] }, ['questionnaire.scale.max: must be greater than min (5)']],
      [
        'no satisfied answer',
        { min: 1, max: 5, satisfied: [] },
        ['questionnaire.scale.satisfied: must list at least one answer counted as satisfied, e.g. [4, 5]'],
      ],
      ['a satisfied answer off the scale', { min: 1, max: 5, satisfied: [5, 6] }, ['questionnaire.scale.satisfied[1]: 6 is not on the scale 1–5']],
      ['a satisfied answer listed twice', { min: 1, max: 5, satisfied: [4, 5, 4] }, ['questionnaire.scale.satisfied[2]: 4 is listed twice']],
      [
        'every answer satisfied',
        { min: 0, max: 1, satisfied: [1, 0] },
        ['questionnaire.scale.satisfied: counts every answer of 0–1 as satisfied: the index would always be 100'],
      ],
    ])('refuses %s', (_case, scale, messages) => {
      const found = scaleProblems(scale);
      expect(found.map((problem) => problem.message)).toEqual(messages);
      expect(found.every((problem) => problem.code === 'SCALE_INVALID')).toBe(true);
    });

    it('accepts a 0–10 scale whose top three answers are satisfied', () => {
      expect(scaleProblems({ min: 0, max: 10, satisfied: [8, 9, 10] })).toEqual([]);
    });
  });

  describe('a scoring entry naming an aspect', () => {
    it("keeps the aspect: the leaf then takes the unit's index on that aspect alone", () => {
      const result = parseCampaignFile(changed((d) => void Object.assign(d.scoring[0], { aspect: 'TT' })));
      expect(result.ok && result.value.scoring).toEqual([
        { criterion: '3.5', group: 'departments', aspect: 'TT' },
        { criterion: '8.5', group: 'departments' },
        { criterion: '3.7', group: 'districts' },
      ]);
    });

    it('refuses an aspect the questionnaire does not have, naming the entry (ASPECT_UNKNOWN)', () => {
      expect(problems(changed((d) => void Object.assign(d.scoring[1], { aspect: 'VH' })))).toEqual([
        {
          code: 'ASPECT_UNKNOWN',
          message: 'scoring[criterion=8.5,group=departments].aspect: "VH" is not an aspect of the questionnaire ("TC", "TT", "CC", "KQ", "PA")',
        },
      ]);
    });

    it('refuses a question code in place of an aspect code', () => {
      expect(problems(changed((d) => void Object.assign(d.scoring[2], { aspect: 'KQ1' }))).map((problem) => problem.code)).toEqual(['ASPECT_UNKNOWN']);
    });

    it('refuses an aspect that is not a code (SHAPE_INVALID)', () => {
      expect(problems(changed((d) => void Object.assign(d.scoring[0], { aspect: 3 })))).toEqual([
        { code: 'SHAPE_INVALID', message: 'scoring[criterion=3.5,group=departments].aspect: must be a string' },
      ]);
    });
  });

  it('reports every problem at once', () => {
    const draft = changed((d) => {
      d.format = 'par-survey/2';
      d.campaign.kind = 'CSAT';
      aspect(d, 'KQ').questions[0].code = 'TC1';
      d.questionnaire.scale.satisfied = [4, 9];
    });
    expect(problems(draft).map((problem) => problem.code)).toEqual(['FORMAT_UNSUPPORTED', 'SHAPE_INVALID', 'ID_DUPLICATE', 'SCALE_INVALID']);
  });
});
