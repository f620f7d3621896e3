import { readFileSync } from 'node:fs';
import { parseCriteriaTree, unwrap } from '@par/domain';
import { computeCycleResults, CycleFile, parseCycleFile, writeCycleFile } from '@par/contracts';
import { DEMO_CYCLE_PATH, generateDemoCycle } from './generate-demo-cycle';

const text = readFileSync(DEMO_CYCLE_PATH, 'utf8');

function demo(): CycleFile {
  const parsed = parseCycleFile(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return parsed.value;
}

describe('the demo cycle demo-2025.json', () => {
  it('passes parseCycleFile with zero errors', () => {
    const parsed = parseCycleFile(JSON.parse(text));
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.message)).toEqual([]);
  });

  it('is exactly what the seeded generator writes (regenerate it rather than edit it)', () => {
    expect(writeCycleFile(generateDemoCycle())).toBe(text);
  });

  it('is in canonical form: write → parse → write changes nothing', () => {
    expect(writeCycleFile(demo())).toBe(text);
  });

  it('has 2 groups of 18 departments and 10 districts, each on its own set of 8 fields worth 100 points', () => {
    const file = demo();
    expect(file.groups.map((group) => [group.id, file.units.filter((unit) => unit.group === group.id).length])).toEqual([
      ['departments', 18],
      ['districts', 10],
    ]);
    for (const set of file.criteriaSets) {
      const tree = unwrap(parseCriteriaTree(set.criteria));
      expect([set.id, set.criteria.length, tree.totalMax().toString()]).toEqual([set.id, 8, '100.00']);
      expect(tree.leaves().length).toBeGreaterThanOrEqual(40);
    }
  });

  it('self-assesses and finally appraises every unit', () => {
    const file = demo();
    const units = file.units.map((unit) => unit.id).sort();
    expect(file.selfAssessments?.map((entry) => entry.unit).sort()).toEqual(units);
    expect(
      file.appraisals
        ?.filter((entry) => entry.final)
        .map((entry) => entry.unit)
        .sort(),
    ).toEqual(units);
  });

  it('ranks each group with its deliberate tie: 1, 2, … 11, 11, 13 and 5, 5, 7', () => {
    const results = computeCycleResults(demo());
    const rows = (group: string) => results.groups.find((entry) => entry.group === group)?.results ?? [];
    const around = (group: string, rank: number) =>
      rows(group)
        .filter((row) => row.rank >= rank && row.rank <= rank + 2)
        .map((row) => [row.rank, row.unit, row.index]);
    expect(around('departments', 11)).toEqual([
      [11, 'so-cong-thuong', '82.72'],
      [11, 'so-khoa-hoc-cong-nghe', '82.72'],
      [13, 'so-giao-duc-dao-tao', '81.95'],
    ]);
    expect(around('districts', 5)).toEqual([
      [5, 'huyen-thuan-my', '85.44'],
      [5, 'huyen-vinh-an', '85.44'],
      [7, 'huyen-ngoc-lam', '80.58'],
    ]);
  });

  it('spreads each group over Xuất sắc, Tốt, Khá and Trung bình', () => {
    for (const group of computeCycleResults(demo()).groups) {
      expect(new Set(group.results.map((row) => row.class))).toEqual(new Set(['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH']));
    }
  });

  it("shows per-unit maxima where leaves do not apply: Thanh tra tỉnh's 90.50 of 100", () => {
    const row = computeCycleResults(demo()).groups[0].results.find((result) => result.unit === 'thanh-tra-tinh');
    expect(row).toMatchObject({ applicableMax: '90.50', appraisedTotal: '78.18', index: '86.39', class: 'TOT' });
  });
});
