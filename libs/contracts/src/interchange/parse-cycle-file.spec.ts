import { parseCycleFile } from './parse-cycle-file';
import { InterchangeError } from './interchange-error';
import { Draft, draftOf, workedExampleFile } from './worked-example.fixture';

/** The problems of a file, as a clerk would read them. */
function problems(json: unknown): Pick<InterchangeError, 'code' | 'message' | 'unit' | 'criterion' | 'value'>[] {
  const result = parseCycleFile(json);
  if (result.ok) return [];
  return result.errors.map(({ code, message, unit, criterion, value }) => ({ code, message, unit, criterion, value }));
}

const changed = (change: (draft: Draft) => void): Draft => {
  const draft = draftOf();
  change(draft);
  return draft;
};
const appraisal = (draft: Draft) => draft.appraisals[0];
const selfScores = (draft: Draft) => draft.selfAssessments[0].scores;
const appraisedScore = (draft: Draft, criterion: string) => appraisal(draft).scores.find((score: { criterion: string }) => score.criterion === criterion);

describe('parseCycleFile', () => {
  it("accepts DOMAIN.md's worked example and returns it", () => {
    const result = parseCycleFile(workedExampleFile());
    expect(result.ok && result.value.units.map((unit) => unit.id)).toEqual(['so-x']);
  });

  it('accepts a file without self-assessments or appraisals (a cycle being set up)', () => {
    expect(
      problems(
        changed((draft) => {
          delete draft.selfAssessments;
          delete draft.appraisals;
        }),
      ),
    ).toEqual([]);
  });

  describe('the format and the shape', () => {
    it.each<[string, (draft: Draft) => void, string, unknown]>([
      [
        'an unknown format tag',
        (d) => {
          d.format = 'par-interchange/2';
        },
        'format: "par-interchange/2" is not a supported format; expected "par-interchange/1"',
        'par-interchange/2',
      ],
      [
        'a missing cycle year',
        (d) => {
          delete d.cycle.year;
        },
        'cycle.year: is required',
        undefined,
      ],
      [
        'a unit name that is no string',
        (d) => {
          d.units[0].name = 42;
        },
        'units[id=so-x].name: must be a string',
        42,
      ],
      [
        'a blank evidence title',
        (d) => {
          selfScores(d)[0].evidence[0].title = ' ';
        },
        'selfAssessments[unit=so-x].scores[1.1].evidence[0].title: must not be blank',
        ' ',
      ],
      [
        'points that are neither number nor string',
        (d) => {
          selfScores(d)[0].points = true;
        },
        'selfAssessments[unit=so-x].scores[1.1].points: must be a number or a decimal string such as "87.64"',
        true,
      ],
      [
        'an impossible evidence date',
        (d) => {
          selfScores(d)[0].evidence[0].date = '2025-02-30';
        },
        'selfAssessments[unit=so-x].scores[1.1].evidence[0].date: must be a calendar date written YYYY-MM-DD',
        '2025-02-30',
      ],
      [
        'an explanation decision other than upheld or changed',
        (d) => {
          appraisal(d).explanations[0].decision = 'overturned';
        },
        'appraisals[unit=so-x].explanations[7.3].decision: must be "upheld" or "changed"',
        'overturned',
      ],
      [
        'an unknown scoring method',
        (d) => {
          d.criteriaSets[0].criteria[3].children[0].method = { kind: 'average' };
        },
        'criteriaSets[id=set-departments].criteria[7.3].method.kind: must be one of manual, bands, allOrNothing, deduction',
        'average',
      ],
      [
        'a missing list',
        (d) => {
          delete d.units;
        },
        'units: is required',
        undefined,
      ],
    ])('rejects %s', (_, change, message, value) => {
      const [problem, ...more] = problems(changed(change));
      expect(problem).toMatchObject({ message, value });
      expect(problem.code === 'FORMAT_UNSUPPORTED' || problem.code === 'SHAPE_INVALID').toBe(true);
      // A unit missing from the list leaves its assessments pointing nowhere: nothing else may be reported.
      expect(more.filter((other) => other.code !== 'UNIT_UNKNOWN')).toEqual([]);
    });

    it('rejects a file that is not a JSON object', () => {
      expect(problems([1, 2])).toEqual([
        { code: 'SHAPE_INVALID', message: '(file): a cycle file must be a JSON object', value: [1, 2], unit: undefined, criterion: undefined },
      ]);
    });

    it('names the unit and criterion of a shape error', () => {
      expect(
        problems(
          changed((d) => {
            appraisedScore(d, '3.2').reason = 7;
          }),
        ),
      ).toEqual([{ code: 'SHAPE_INVALID', message: 'appraisals[unit=so-x].scores[3.2].reason: must be a string', unit: 'so-x', criterion: '3.2', value: 7 }]);
    });

    it('ignores fields it does not know (a later v1 may add optional ones)', () => {
      expect(
        problems(
          changed((d) => {
            d.units[0].validFrom = '2025-07-01';
            d.generatedBy = 'par 1.4';
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('the setup', () => {
    it.each<[string, (draft: Draft) => void, { code: string; message: string; unit?: string }]>([
      [
        'a unit id used twice',
        (d) => {
          d.units.push({ id: 'so-x', name: 'Sở X bis', group: 'departments' });
          delete d.selfAssessments;
          delete d.appraisals;
        },
        { code: 'ID_DUPLICATE', message: 'units[id=so-x].id: id "so-x" is used by more than one unit', unit: 'so-x' },
      ],
      [
        'a group id used twice',
        (d) => {
          d.groups.push({ ...d.groups[0], name: 'Khác' });
        },
        { code: 'ID_DUPLICATE', message: 'groups[id=departments].id: id "departments" is used by more than one group' },
      ],
      [
        'a criteria set id used twice',
        (d) => {
          d.criteriaSets.push(d.criteriaSets[0]);
        },
        { code: 'ID_DUPLICATE', message: 'criteriaSets[id=set-departments].id: id "set-departments" is used by more than one criteria set' },
      ],
      [
        'a group on a criteria set the file lacks',
        (d) => {
          d.groups[0].criteriaSet = 'set-districts';
        },
        { code: 'CRITERIA_SET_UNKNOWN', message: 'groups[id=departments].criteriaSet: criteria set "set-districts" is not in criteriaSets' },
      ],
      [
        'a unit in a group the file lacks',
        (d) => {
          d.units[0].group = 'communes';
        },
        { code: 'GROUP_UNKNOWN', message: 'units[id=so-x].group: group "communes" is not in groups', unit: 'so-x' },
      ],
      [
        'a parent the file lacks',
        (d) => {
          d.units[0].parent = 'ubnd-tinh';
        },
        { code: 'PARENT_UNKNOWN', message: 'units[id=so-x].parent: parent "ubnd-tinh" is not in units', unit: 'so-x' },
      ],
      [
        'a unit its own parent',
        (d) => {
          d.units[0].parent = 'so-x';
        },
        { code: 'PARENT_CYCLE', message: 'units[id=so-x].parent: parent "so-x" makes a cycle: so-x → so-x', unit: 'so-x' },
      ],
      [
        'a cycle threshold above 100',
        (d) => {
          d.cycle.thresholds[0].minIndex = 101;
        },
        { code: 'THRESHOLD_MIN_INDEX_INVALID', message: 'cycle.thresholds[0].minIndex: 101 must be a number in [0, 100] with at most 2 decimals' },
      ],
      [
        "a group's own thresholds naming a class twice",
        (d) => {
          d.groups[0].thresholds = [
            { class: 'DAT', label: 'Đạt', minIndex: 50 },
            { class: 'DAT', label: 'Đạt', minIndex: 0 },
          ];
        },
        { code: 'THRESHOLD_CLASS_DUPLICATE', message: 'groups[id=departments].thresholds[1].class: "DAT" appears more than once' },
      ],
      [
        'a leaf max with 3 decimals',
        (d) => {
          d.criteriaSets[0].criteria[1].children[0].maxPoints = '2.125';
        },
        { code: 'POINTS_TOO_MANY_DECIMALS', message: 'criteriaSets[id=set-departments].criteria[3.2].maxPoints: "2.125" has more than 2 decimal places' },
      ],
      [
        'a leaf max off its step',
        (d) => {
          d.criteriaSets[0].criteria[3].children[0].maxPoints = 1.6;
        },
        {
          code: 'METHOD_MAX_OFF_STEP',
          message: 'criteriaSets[id=set-departments].criteria[7.3].method.step: maxPoints 1.60 is not a whole number of steps of 0.25',
        },
      ],
    ])('rejects %s', (_, change, expected) => {
      const found = problems(changed(change));
      expect(found).toContainEqual(expect.objectContaining(expected));
    });

    it('names every unit of a parent loop', () => {
      const draft = changed((d) => {
        d.units.push(
          { id: 'xa-a', name: 'UBND xã A', group: 'departments', parent: 'xa-b' },
          { id: 'xa-b', name: 'UBND xã B', group: 'departments', parent: 'xa-a' },
        );
      });
      expect(problems(draft).map((problem) => problem.message)).toEqual([
        'units[id=xa-a].parent: parent "xa-b" makes a cycle: xa-a → xa-b → xa-a',
        'units[id=xa-b].parent: parent "xa-a" makes a cycle: xa-b → xa-a → xa-b',
      ]);
    });

    it('accepts a parent in another group (a district above its communes)', () => {
      const draft = changed((d) => {
        d.groups.push({ id: 'communes', name: 'UBND xã', criteriaSet: 'set-departments' });
        d.units.push({ id: 'xa-a', name: 'UBND xã A', group: 'communes', parent: 'so-x' });
      });
      expect(problems(draft)).toEqual([]);
    });
  });

  describe("scores against the unit's criteria set", () => {
    const leafProblem = (change: (draft: Draft) => void) => problems(changed(change));

    it.each<[string, (draft: Draft) => void, { code: string; message: string; criterion: string; value: unknown }]>([
      [
        'a criterion the set lacks',
        (d) => {
          selfScores(d).push({ criterion: '9.9', points: 1, note: 'Đã thực hiện' });
        },
        {
          code: 'CRITERION_UNKNOWN',
          message: 'selfAssessments[unit=so-x].scores[9.9].criterion: criterion "9.9" is not in criteria set "set-departments"',
          criterion: '9.9',
          value: '9.9',
        },
      ],
      [
        'a field rather than a leaf',
        (d) => {
          selfScores(d).push({ criterion: '1', points: 1, note: 'Đã thực hiện' });
        },
        {
          code: 'CRITERION_UNKNOWN',
          message: 'selfAssessments[unit=so-x].scores[1].criterion: criterion "1" has sub-criteria in criteria set "set-departments"; only leaves carry points',
          criterion: '1',
          value: '1',
        },
      ],
      [
        'self points above the max',
        (d) => {
          selfScores(d)[2].points = 1.75;
        },
        { code: 'SCORE_ABOVE_MAX', message: 'selfAssessments[unit=so-x].scores[7.3].points: 1.75 is above the maximum 1.50', criterion: '7.3', value: 1.75 },
      ],
      [
        'self points below 0',
        (d) => {
          selfScores(d)[2].points = '-0.25';
        },
        { code: 'SCORE_BELOW_ZERO', message: 'selfAssessments[unit=so-x].scores[7.3].points: -0.25 is below 0', criterion: '7.3', value: '-0.25' },
      ],
      [
        'appraised points with 3 decimals',
        (d) => {
          appraisedScore(d, '7.3').points = 1.125;
        },
        {
          code: 'POINTS_TOO_MANY_DECIMALS',
          message: 'appraisals[unit=so-x].scores[7.3].points: 1.125 has more than 2 decimal places',
          criterion: '7.3',
          value: 1.125,
        },
      ],
      [
        'appraised points off the step',
        (d) => {
          appraisedScore(d, '7.3').points = '0.8';
        },
        {
          code: 'SCORE_OFF_STEP',
          message: 'appraisals[unit=so-x].scores[7.3].points: 0.80 is not a multiple of the step 0.25',
          criterion: '7.3',
          value: '0.8',
        },
      ],
      [
        'appraised points matching no band',
        (d) => {
          appraisedScore(d, '3.2').points = 1.5;
        },
        {
          code: 'SCORE_NOT_A_BAND',
          message: 'appraisals[unit=so-x].scores[3.2].points: 1.50 matches no band (allowed: 0.00, 2.00, 1.00)',
          criterion: '3.2',
          value: 1.5,
        },
      ],
      [
        'half of an all-or-nothing leaf',
        (d) => {
          selfScores(d)[0].points = 0.5;
        },
        {
          code: 'SCORE_NOT_ALL_OR_NOTHING',
          message: 'selfAssessments[unit=so-x].scores[1.1].points: 0.50 must be 0.00 or the maximum 1.00',
          criterion: '1.1',
          value: 0.5,
        },
      ],
      [
        'the same leaf scored twice',
        (d) => {
          selfScores(d).push({ criterion: '1.1', points: 0 });
        },
        {
          code: 'SCORE_DUPLICATE',
          message: 'selfAssessments[unit=so-x].scores[1.1].criterion: criterion "1.1" is scored more than once in the unit\'s self-assessment',
          criterion: '1.1',
          value: '1.1',
        },
      ],
    ])('rejects %s', (_, change, expected) => {
      expect(leafProblem(change)).toEqual([{ ...expected, unit: 'so-x' }]);
    });

    it('rejects a self score on a leaf the survey fills in', () => {
      const draft = changed((d) => {
        d.criteriaSets[0].criteria[0].children.push({
          code: '1.9',
          title: 'Điều tra xã hội học',
          maxPoints: 2.5,
          method: { kind: 'manual', step: 0.01 },
          source: 'survey',
        });
        selfScores(d).push({ criterion: '1.9', points: 2.5, note: 'Dự kiến' });
      });
      expect(problems(draft)).toEqual([
        {
          code: 'CRITERION_SCORED_BY_SURVEY',
          message: 'selfAssessments[unit=so-x].scores[1.9].criterion: criterion "1.9" is held for the year-end survey: the unit does not score it',
          unit: 'so-x',
          criterion: '1.9',
          value: '1.9',
        },
      ]);
    });

    it('accepts a past cycle as published: claims without evidence or note (v1.1)', () => {
      const draft = changed((d) => {
        delete selfScores(d)[0].evidence;
        selfScores(d).push({ criterion: '6.4', points: 0 });
      });
      expect(problems(draft)).toEqual([]);
    });

    it('reads the v1.1 times and the published decision, and refuses a time without its offset', () => {
      const draft = changed((d) => {
        d.selfAssessments[0].submittedAt = '2022-11-15';
        d.appraisals[0].appraisedAt = '2022-12-20T09:30:00+07:00';
        d.decision = { number: '35/QĐ-UBND', date: '2023-01-27', signedBy: 'Chủ tịch UBND tỉnh' };
      });
      const parsed = parseCycleFile(draft);
      expect(parsed.ok && parsed.value.decision).toEqual({ number: '35/QĐ-UBND', date: '2023-01-27', signedBy: 'Chủ tịch UBND tỉnh' });
      expect(parsed.ok && parsed.value.selfAssessments?.[0].submittedAt).toBe('2022-11-15');
      const naive = changed((d) => {
        d.appraisals[0].finalizedAt = '2022-12-28T10:00:00';
      });
      expect(problems(naive).map((problem) => problem.message)).toEqual([
        'appraisals[unit=so-x].finalizedAt: must be a date written YYYY-MM-DD or a date-time with its offset, such as 2022-11-15T09:30:00+07:00',
      ]);
    });

    it('reports a leaf scored twice even when its first points were unreadable', () => {
      const draft = changed((d) => {
        selfScores(d)[0].points = '1,0';
        selfScores(d).push({ criterion: '1.1', points: 1 });
      });
      expect(problems(draft).map((problem) => problem.code)).toEqual(['POINTS_MALFORMED', 'SCORE_DUPLICATE']);
    });

    it('checks the points of a leaf of a deduction method against its cap', () => {
      const draft = changed((d) => {
        d.criteriaSets[0].criteria[0].children.push({
          code: '1.2',
          title: 'Chế độ báo cáo',
          maxPoints: 1,
          method: { kind: 'deduction', perOccurrence: 0.25, cap: 0.5 },
          source: 'self',
        });
        selfScores(d).push({ criterion: '1.2', points: 0.25, note: '03 báo cáo gửi chậm' });
      });
      expect(problems(draft)).toEqual([
        expect.objectContaining({
          code: 'SCORE_NOT_REACHABLE_BY_DEDUCTION',
          message: 'selfAssessments[unit=so-x].scores[1.2].points: 0.25 cannot be reached from 1.00 by deductions of 0.25 capped at 0.50',
        }),
      ]);
    });
  });

  describe('reasons', () => {
    it('requires a reason where the appraised value differs from the self score', () => {
      expect(
        problems(
          changed((d) => {
            delete appraisedScore(d, '3.2').reason;
          }),
        ),
      ).toEqual([
        {
          code: 'REASON_REQUIRED',
          message: 'appraisals[unit=so-x].scores[3.2].reason: a reason is required: the appraised 1.00 differs from the self score 2.00',
          unit: 'so-x',
          criterion: '3.2',
          value: undefined,
        },
      ]);
    });

    it('requires one when a leaf the unit did not score is appraised above 0', () => {
      const draft = changed((d) => {
        appraisal(d).scores[2] = { criterion: '6.4', points: 0.5, reason: '   ' };
      });
      expect(problems(draft).map((problem) => problem.message)).toEqual([
        'appraisals[unit=so-x].scores[6.4].reason: a reason is required: the appraised 0.50 differs from no self score (0.00)',
      ]);
    });

    it('needs none where the appraiser restates the self score, written differently', () => {
      expect(
        problems(
          changed((d) => {
            appraisal(d).scores.push({ criterion: '1.1', points: '1.00' });
          }),
        ),
      ).toEqual([]);
    });

    it('requires one for applicable: false, which takes no points', () => {
      const draft = changed((d) => {
        appraisal(d).scores[2] = { criterion: '6.4', applicable: false, points: 0 };
      });
      expect(problems(draft).map(({ code, message }) => [code, message])).toEqual([
        ['POINTS_ON_NOT_APPLICABLE', 'appraisals[unit=so-x].scores[6.4].points: a leaf marked not applicable takes no points; drop 0 or applicable: false'],
        ['REASON_REQUIRED', 'appraisals[unit=so-x].scores[6.4].reason: a reason is required for applicable: false'],
      ]);
    });

    it('rejects an appraised score with neither points nor applicable: false', () => {
      expect(
        problems(
          changed((d) => {
            appraisal(d).scores.push({ criterion: '1.1', reason: 'Đạt' });
          }),
        ),
      ).toEqual([
        expect.objectContaining({
          code: 'APPRAISAL_SCORE_EMPTY',
          message: 'appraisals[unit=so-x].scores[1.1].points: an appraised score needs points, or applicable: false',
        }),
      ]);
    });
  });

  describe('explanations', () => {
    const explanation = (d: Draft) => appraisal(d).explanations[0];

    it.each<[string, (draft: Draft) => void, [string, string][]]>([
      [
        'on a criterion the set lacks',
        (d) => {
          explanation(d).criterion = '7.9';
        },
        [['CRITERION_UNKNOWN', 'appraisals[unit=so-x].explanations[7.9].criterion: criterion "7.9" is not in criteria set "set-departments"']],
      ],
      [
        'on a leaf the appraisal did not adjust',
        (d) => {
          Object.assign(explanation(d), { criterion: '1.1', decision: 'upheld' });
          delete explanation(d).points;
        },
        [
          [
            'EXPLANATION_NOT_ADJUSTED',
            'appraisals[unit=so-x].explanations[1.1].criterion: criterion "1.1" kept the self score 1.00: there is nothing to explain',
          ],
        ],
      ],
      [
        'without a text',
        (d) => {
          explanation(d).text = ' ';
        },
        [['EXPLANATION_TEXT_REQUIRED', "appraisals[unit=so-x].explanations[7.3].text: the unit's explanation needs a text"]],
      ],
      [
        'changed without points or reason',
        (d) => {
          delete explanation(d).points;
          delete explanation(d).reason;
        },
        [
          ['REASON_REQUIRED', "appraisals[unit=so-x].explanations[7.3].reason: a reason is required for the council's changed decision"],
          ['EXPLANATION_POINTS_REQUIRED', "appraisals[unit=so-x].explanations[7.3].points: a changed decision needs the leaf's new points"],
        ],
      ],
      [
        'changed to points above the max',
        (d) => {
          explanation(d).points = 2;
        },
        [['SCORE_ABOVE_MAX', 'appraisals[unit=so-x].explanations[7.3].points: 2.00 is above the maximum 1.50']],
      ],
      [
        'changed to the value it already has',
        (d) => {
          explanation(d).points = '0.75';
        },
        [['EXPLANATION_CHANGED_TO_SAME', 'appraisals[unit=so-x].explanations[7.3].points: the leaf is already 0.75: that decision is upheld, not changed']],
      ],
      [
        'upheld with points',
        (d) => {
          Object.assign(explanation(d), { decision: 'upheld', points: 0.75 });
        },
        [['EXPLANATION_UPHELD_WITH_POINTS', 'appraisals[unit=so-x].explanations[7.3].points: an upheld decision keeps the appraised value: give no points']],
      ],
      [
        'upheld without a reason',
        (d) => {
          appraisal(d).explanations[0] = { criterion: '7.3', text: 'Xin xem xét lại', decision: 'upheld' };
        },
        [['REASON_REQUIRED', "appraisals[unit=so-x].explanations[7.3].reason: a reason is required for the council's upheld decision"]],
      ],
      [
        'twice on one leaf',
        (d) => {
          appraisal(d).explanations.push({ ...explanation(d) });
        },
        [['EXPLANATION_DUPLICATE', 'appraisals[unit=so-x].explanations[7.3].criterion: criterion "7.3" has more than one explanation']],
      ],
    ])('rejects one %s', (_, change, expected) => {
      expect(problems(changed(change)).map(({ code, message }) => [code, message])).toEqual(expected);
    });

    it('accepts upheld with a reason and no points', () => {
      const upheld = { criterion: '7.3', text: 'Xin xem xét lại', decision: 'upheld', reason: 'Tài liệu bổ sung không đủ cả năm' };
      expect(
        problems(
          changed((d) => {
            appraisal(d).explanations[0] = upheld;
          }),
        ),
      ).toEqual([]);
    });

    it('accepts a changed decision on a leaf found not applicable (the council finds it applies)', () => {
      const restored = { criterion: '6.4', text: 'Đơn vị có 01 dự án PPP', decision: 'changed', points: 0.5, reason: 'Dự án PPP được phê duyệt năm 2025' };
      expect(
        problems(
          changed((d) => {
            appraisal(d).explanations.push(restored);
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('bonus and deductions', () => {
    it.each<[string, (draft: Draft) => void, [string, string]]>([
      [
        'a bonus of 0',
        (d) => {
          appraisal(d).bonus = [{ points: 0, reason: 'Sáng kiến' }];
        },
        ['ADJUSTMENT_NOT_POSITIVE', 'appraisals[unit=so-x].bonus[0].points: 0 must be greater than 0'],
      ],
      [
        'a negative deduction',
        (d) => {
          appraisal(d).deductions[0].points = '-0.5';
        },
        ['ADJUSTMENT_NOT_POSITIVE', 'appraisals[unit=so-x].deductions[0].points: "-0.5" must be greater than 0'],
      ],
      [
        'a deduction with 3 decimals',
        (d) => {
          appraisal(d).deductions[0].points = 0.125;
        },
        ['POINTS_TOO_MANY_DECIMALS', 'appraisals[unit=so-x].deductions[0].points: 0.125 has more than 2 decimal places'],
      ],
      [
        'a bonus without a reason',
        (d) => {
          appraisal(d).bonus = [{ points: 0.5 }];
        },
        ['REASON_REQUIRED', 'appraisals[unit=so-x].bonus[0].reason: a reason is required for every bonus'],
      ],
    ])('rejects %s', (_, change, expected) => {
      expect(problems(changed(change)).map(({ code, message, unit }) => [code, message, unit])).toEqual([[...expected, 'so-x']]);
    });
  });

  describe('units assessed', () => {
    it.each<[string, (draft: Draft) => void, [string, string]]>([
      [
        'a unit self-assessed twice',
        (d) => {
          d.selfAssessments.push({ unit: 'so-x', scores: [] });
        },
        ['ASSESSMENT_DUPLICATE', 'selfAssessments[unit=so-x].unit: unit "so-x" has more than one self-assessment'],
      ],
      [
        'a unit appraised twice',
        (d) => {
          d.appraisals.push({ unit: 'so-x', scores: [], final: true });
        },
        ['ASSESSMENT_DUPLICATE', 'appraisals[unit=so-x].unit: unit "so-x" has more than one appraisal'],
      ],
      [
        'an appraisal of a unit the file lacks',
        (d) => {
          appraisal(d).unit = 'so-y';
        },
        ['UNIT_UNKNOWN', 'appraisals[unit=so-y].unit: unit "so-y" is not in units'],
      ],
    ])('rejects %s', (_, change, expected) => {
      expect(problems(changed(change)).map(({ code, message }) => [code, message])).toEqual([expected]);
    });
  });

  it('returns every problem of a file at once, in file order', () => {
    const draft = changed((d) => {
      d.format = 'par-interchange/0';
      d.units[0].parent = 'ubnd-tinh';
      selfScores(d)[2].points = 1.75;
      appraisedScore(d, '7.3').points = 1.125;
      delete appraisedScore(d, '3.2').reason;
      appraisal(d).bonus = [{ points: 0.5 }];
    });
    expect(problems(draft).map((problem) => problem.code)).toEqual([
      'FORMAT_UNSUPPORTED',
      'PARENT_UNKNOWN',
      'SCORE_ABOVE_MAX',
      'REASON_REQUIRED',
      'POINTS_TOO_MANY_DECIMALS',
      'REASON_REQUIRED',
    ]);
  });

  it('reports each error as JSON with its field, unit, criterion and value', () => {
    const result = parseCycleFile(
      changed((d) => {
        appraisedScore(d, '7.3').points = 1.125;
      }),
    );
    expect(!result.ok && JSON.parse(JSON.stringify(result.errors))).toEqual([
      {
        code: 'POINTS_TOO_MANY_DECIMALS',
        message: 'appraisals[unit=so-x].scores[7.3].points: 1.125 has more than 2 decimal places',
        field: 'appraisals[unit=so-x].scores[7.3].points',
        value: 1.125,
        unit: 'so-x',
        criterion: '7.3',
      },
    ]);
  });
});
