import { computeCycleResults } from './compute-cycle-results';
import { parseCycleFile } from './parse-cycle-file';
import { writeCycleFile } from './write-cycle-file';
import { INTERCHANGE_SAMPLE } from './interchange-sample.fixture';

describe("INTERCHANGE.md's own sample file", () => {
  it('is accepted as printed', () => {
    const parsed = parseCycleFile(JSON.parse(INTERCHANGE_SAMPLE));
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.message)).toEqual([]);
  });

  it('gives Sở Tư pháp 1.00 / 3.50: 1.1 restored by the council, 1.2 not applicable, survey 1.3 not yet in, bonus and deduction cancelling', () => {
    const parsed = parseCycleFile(JSON.parse(INTERCHANGE_SAMPLE));
    expect(parsed.ok && computeCycleResults(parsed.value).groups[0].results).toEqual([
      {
        rank: 1,
        unit: 'so-tu-phap',
        name: 'Sở Tư pháp',
        selfTotal: '1.00',
        appraisedTotal: '1.00',
        applicableMax: '3.50',
        index: '28.57',
        class: 'YEU',
        // v1.1: field 1 alone, without the bonus and the deduction.
        fields: [{ field: '1', title: 'Công tác chỉ đạo, điều hành CCHC', achieved: '1.00', applicableMax: '3.50', index: '28.57' }],
      },
    ]);
  });

  it('names unit, criterion and value when an appraised score has 3 decimals', () => {
    const file = JSON.parse(INTERCHANGE_SAMPLE);
    file.appraisals[0].scores[0].points = 1.125;
    const parsed = parseCycleFile(file);
    expect(!parsed.ok && parsed.errors.map((error) => error.message)).toEqual([
      'appraisals[unit=so-tu-phap].scores[1.1].points: 1.125 has more than 2 decimal places',
    ]);
  });

  it('writes with points as 2-place strings and reads back to the same bytes', () => {
    const parsed = parseCycleFile(JSON.parse(INTERCHANGE_SAMPLE));
    const written = parsed.ok ? writeCycleFile(parsed.value) : '';
    expect(written).toContain('"maxPoints": "2.50"');
    const reread = parseCycleFile(JSON.parse(written));
    expect(reread.ok && writeCycleFile(reread.value)).toBe(written);
  });
});
