import { Points } from '../points';
import { claimOf, leavesResetByResubmission, startingValue } from './leaf-value-rules';

const p = (text: string) => Points.of(text);

describe("a leaf's value follows the unit's claims", () => {
  it('a leaf the unit did not score counts 0.00', () => {
    expect(claimOf(undefined).toString()).toBe('0.00');
    expect(claimOf(p('1.50')).toString()).toBe('1.50');
  });

  it("the appraisal starts from the unit's claim", () => {
    expect(startingValue({ notApplicableBySetup: false, self: p('0.75') })?.toString()).toBe('0.75');
    expect(startingValue({ notApplicableBySetup: false, self: undefined })?.toString()).toBe('0.00');
  });

  it('a leaf set up as not applicable has no value, whatever was claimed', () => {
    expect(startingValue({ notApplicableBySetup: true, self: p('1.00') })).toBeNull();
  });

  it('a resubmission resets the leaves whose claim changed, and only those', () => {
    const leaves = [
      { code: '1.1', notApplicableBySetup: false, self: p('1.00') }, // lowered
      { code: '1.2', notApplicableBySetup: false, self: p('0.50') }, // same claim
      { code: '1.3', notApplicableBySetup: false, self: undefined }, // newly scored
      { code: '1.4', notApplicableBySetup: false, self: p('0.25') }, // no longer scored: claims 0.00
      { code: '1.5', notApplicableBySetup: true, self: undefined }, // not applicable: never reset
    ];
    const next = new Map([
      ['1.1', p('0.75')],
      ['1.2', p('0.50')],
      ['1.3', p('2.00')],
      ['1.5', p('1.00')],
    ]);
    expect(leavesResetByResubmission(leaves, next).map(({ criterion, claim }) => [criterion, claim.toString()])).toEqual([
      ['1.1', '0.75'],
      ['1.3', '2.00'],
      ['1.4', '0.00'],
    ]);
  });

  it('a leaf unscored before and after is not reset (0.00 both times)', () => {
    expect(leavesResetByResubmission([{ code: '2.1', notApplicableBySetup: false, self: undefined }], new Map())).toEqual([]);
    expect(leavesResetByResubmission([{ code: '2.1', notApplicableBySetup: false, self: undefined }], new Map([['2.1', p('0.00')]]))).toEqual([]);
  });
});
