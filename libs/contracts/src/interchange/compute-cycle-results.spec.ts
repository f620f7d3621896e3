import { computeCycleResults } from './compute-cycle-results';
import { CycleFile } from './cycle-file';
import { parseCycleFile } from './parse-cycle-file';
import { resultsToJson } from './results-document';
import { Draft, draftOf, workedExampleFile } from './worked-example.fixture';

/** Results of a file that must first pass the parser, as the CLI would compute them. */
function resultsOf(json: unknown) {
  const parsed = parseCycleFile(json);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return computeCycleResults(parsed.value);
}

/** A unit of the worked example's group with only self scores (appraisal accepted them as they are). */
function addUnit(draft: Draft, id: string, self: Record<string, number>, group = 'departments'): void {
  draft.units.push({ id, name: `Đơn vị ${id}`, group });
  draft.selfAssessments.push({ unit: id, scores: Object.entries(self).map(([criterion, points]) => ({ criterion, points, note: 'Tài liệu lưu tại đơn vị' })) });
}

describe('computeCycleResults', () => {
  it("gives DOMAIN.md's worked example exactly INTERCHANGE.md's sample results line", () => {
    expect(resultsToJson(resultsOf(workedExampleFile()))).toBe(
      [
        '{',
        '  "cycle": "demo-2025",',
        '  "groups": [',
        '    {',
        '      "group": "departments",',
        '      "results": [',
        '        {',
        '          "rank": 1,',
        '          "unit": "so-x",',
        '          "name": "Sở X (the worked example of DOMAIN.md)",',
        '          "selfTotal": "4.50",',
        '          "appraisedTotal": "3.00",',
        '          "applicableMax": "4.50",',
        '          "index": "66.67",',
        '          "class": "KHA",',
        '          "fields": [',
        ...fieldLines('1', 'Công tác chỉ đạo, điều hành CCHC', '1.00', '1.00', '"100.00"'),
        ...fieldLines('3', 'Cải cách thủ tục hành chính', '1.00', '2.00', '"50.00"'),
        ...fieldLines('6', 'Cải cách tài chính công', '0.00', '0.00', 'null'),
        ...fieldLines('7', 'Xây dựng chính quyền điện tử, chính quyền số', '1.50', '1.50', '"100.00"', true),
        '          ]',
        '        }',
        '      ]',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  it('is the sample of INTERCHANGE.md, value for value, with the v1.1 component indices beside', () => {
    const sample = JSON.parse(`{ "cycle": "demo-2025", "groups": [ { "group": "departments", "results": [
      { "rank": 1, "unit": "so-x", "name": "Sở X (the worked example of DOMAIN.md)", "selfTotal": "4.50",
        "appraisedTotal": "3.00", "applicableMax": "4.50", "index": "66.67", "class": "KHA" } ] } ] }`);
    const results = resultsOf(workedExampleFile());
    expect({ ...results, groups: results.groups.map((group) => ({ ...group, results: group.results.map(({ fields: _fields, ...v1 }) => v1) })) }).toEqual(
      sample,
    );
  });

  it("gives each field's points over its applicable max, the deduction in none of them (v1.1)", () => {
    const [x] = resultsOf(workedExampleFile()).groups[0].results;
    expect(x.fields?.map(({ field, achieved, applicableMax, index }) => [field, achieved, applicableMax, index])).toEqual([
      ['1', '1.00', '1.00', '100.00'],
      ['3', '1.00', '2.00', '50.00'],
      ['6', '0.00', '0.00', null],
      ['7', '1.50', '1.50', '100.00'],
    ]);
  });

  it('before the council restored 7.3, X stood at 2.25 / 4.50 = 50.00, Trung bình', () => {
    const draft = draftOf();
    delete draft.appraisals[0].explanations;
    expect(resultsOf(draft).groups[0].results[0]).toMatchObject({ appraisedTotal: '2.25', applicableMax: '4.50', index: '50.00', class: 'TRUNG_BINH' });
  });

  it('lets a changed explanation bring a leaf found not applicable back, with its max', () => {
    const draft = draftOf();
    draft.appraisals[0].explanations.push({
      criterion: '6.4',
      text: 'Đơn vị có 01 dự án PPP',
      decision: 'changed',
      points: 0.5,
      reason: 'Dự án PPP được phê duyệt năm 2025',
    });
    // 1.1 keeps its self score 1.00 (not mentioned), 3.2 1.00, 7.3 1.50, 6.4 0.50, less 0.50: 3.50 / 5.50.
    expect(resultsOf(draft).groups[0].results[0]).toMatchObject({
      selfTotal: '4.50',
      appraisedTotal: '3.50',
      applicableMax: '5.50',
      index: '63.64',
      class: 'TRUNG_BINH',
    });
  });

  it("classifies by a group's own thresholds where it has them, by the cycle's elsewhere", () => {
    const draft = draftOf();
    draft.groups.push({
      id: 'districts',
      name: 'UBND huyện',
      criteriaSet: 'set-departments',
      thresholds: [
        { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
        { class: 'KHA', label: 'Khá', minIndex: 70 },
        { class: 'CHUA_DAT', label: 'Chưa đạt', minIndex: 0 },
      ],
    });
    draft.units.push({ id: 'huyen-y', name: 'UBND huyện Y', group: 'districts' });
    draft.selfAssessments.push({ ...structuredClone(draft.selfAssessments[0]), unit: 'huyen-y' });
    draft.appraisals.push({ ...structuredClone(draft.appraisals[0]), unit: 'huyen-y' });
    const byGroup = Object.fromEntries(resultsOf(draft).groups.map((group) => [group.group, group.results[0]]));
    expect(byGroup['departments']).toMatchObject({ index: '66.67', class: 'KHA' });
    expect(byGroup['districts']).toMatchObject({ index: '66.67', class: 'CHUA_DAT' });
  });

  it('ranks ties 1, 2, 2, 4, ties listed by unit id', () => {
    const draft = draftOf();
    draft.units = [];
    draft.selfAssessments = [];
    draft.appraisals = [];
    addUnit(draft, 'so-d', { '1.1': 1, '3.2': 1, '7.3': 0.5 }); // 2.50 / 5.50
    addUnit(draft, 'so-c', { '1.1': 1, '3.2': 2, '6.4': 1 }); // 4.00 / 5.50
    addUnit(draft, 'so-b', { '1.1': 1, '3.2': 2, '7.3': 1 }); // 4.00 / 5.50
    addUnit(draft, 'so-a', { '1.1': 1, '3.2': 2, '6.4': 1, '7.3': 1.5 }); // 5.50 / 5.50
    const results = resultsOf(draft).groups[0].results;
    expect(results.map((row) => [row.rank, row.unit, row.index, row.class])).toEqual([
      [1, 'so-a', '100.00', 'XUAT_SAC'],
      [2, 'so-b', '72.73', 'KHA'],
      [2, 'so-c', '72.73', 'KHA'],
      [4, 'so-d', '45.45', 'YEU'],
    ]);
  });

  it('gives a unit with nothing applicable no index and no class, ranked after every indexed unit', () => {
    const draft = draftOf();
    addUnit(draft, 'ban-z', {});
    draft.appraisals.push({
      unit: 'ban-z',
      final: true,
      scores: ['1.1', '3.2', '6.4', '7.3'].map((criterion) => ({ criterion, applicable: false, reason: 'Không thuộc chức năng' })),
    });
    expect(resultsOf(draft).groups[0].results.map((row) => [row.rank, row.unit, row.applicableMax, row.index, row.class])).toEqual([
      [1, 'so-x', '4.50', '66.67', 'KHA'],
      [2, 'ban-z', '0.00', null, null],
    ]);
  });

  it('lists a unit nobody scored with 0 of its full max', () => {
    const draft = draftOf();
    draft.units.push({ id: 'so-moi', name: 'Sở mới thành lập', group: 'departments' });
    expect(resultsOf(draft).groups[0].results[1]).toEqual({
      rank: 2,
      unit: 'so-moi',
      name: 'Sở mới thành lập',
      selfTotal: '0.00',
      appraisedTotal: '0.00',
      applicableMax: '5.50',
      index: '0.00',
      class: 'YEU',
      fields: [
        { field: '1', title: 'Công tác chỉ đạo, điều hành CCHC', achieved: '0.00', applicableMax: '1.00', index: '0.00' },
        { field: '3', title: 'Cải cách thủ tục hành chính', achieved: '0.00', applicableMax: '2.00', index: '0.00' },
        { field: '6', title: 'Cải cách tài chính công', achieved: '0.00', applicableMax: '1.00', index: '0.00' },
        { field: '7', title: 'Xây dựng chính quyền điện tử, chính quyền số', achieved: '0.00', applicableMax: '1.50', index: '0.00' },
      ],
    });
  });

  it('lists groups by id, whatever order the file gives them in', () => {
    const draft = draftOf();
    draft.groups.unshift(
      { id: 'districts', name: 'UBND huyện', criteriaSet: 'set-departments' },
      { id: 'communes', name: 'UBND xã', criteriaSet: 'set-departments' },
    );
    expect(resultsOf(draft).groups.map((group) => group.group)).toEqual(['communes', 'departments', 'districts']);
  });

  it('subtracts deductions and adds bonus beyond the max: the index may pass 100', () => {
    const draft = draftOf();
    draft.appraisals[0].deductions = [];
    draft.appraisals[0].bonus = [
      { points: 1, reason: 'Sáng kiến cấp tỉnh' },
      { points: 0.5, reason: 'Mô hình điểm' },
    ];
    draft.appraisals[0].scores = draft.appraisals[0].scores.filter((score: { criterion: string }) => score.criterion === '6.4');
    draft.appraisals[0].explanations = [];
    expect(resultsOf(draft as CycleFile).groups[0].results[0]).toMatchObject({
      appraisedTotal: '6.00',
      applicableMax: '4.50',
      index: '133.33',
      class: 'XUAT_SAC',
    });
  });
});

/** A field's lines in resultsToJson's 2-space indentation, inside a row's `fields`. */
function fieldLines(field: string, title: string, achieved: string, applicableMax: string, index: string, last = false): string[] {
  return [
    '            {',
    `              "field": "${field}",`,
    `              "title": "${title}",`,
    `              "achieved": "${achieved}",`,
    `              "applicableMax": "${applicableMax}",`,
    `              "index": ${index}`,
    `            }${last ? '' : ','}`,
  ];
}
