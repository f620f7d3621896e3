import { given } from '@par/testing';
import { foldEvents } from '@par/event-store';
import { asAdmin, CYCLE, cycleCreated, departmentsDefined, inSetup, notApplicable, opened, unitRegistered } from '../testing/cycle.fixture';
import { newEvent } from '../shared/new-event';
import type { RegisterUnit } from './cycle.commands';
import { cycleDecider } from './cycle.decide';
import { unitNameOn } from './cycle.queries';

const registerSoTuPhap: RegisterUnit = { ...asAdmin, type: 'RegisterUnit', unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments' };
const renamed = newEvent('UnitRenamed', {
  cycleId: CYCLE,
  unitId: 'so-tu-phap',
  name: 'Sở Tư pháp tỉnh Quảng Ngãi',
  previousName: 'Sở Tư pháp',
  validFrom: '2025-07-01',
});

describe('Cycle: registering units', () => {
  it('the admin registers Sở Tư pháp among the departments, directly under the evaluator', () =>
    given(cycleDecider, cycleCreated(), departmentsDefined()).when(registerSoTuPhap).then(unitRegistered('so-tu-phap', 'Sở Tư pháp')));

  it('a commune is registered under its district, valid until the district level was abolished', () =>
    given(cycleDecider, cycleCreated(), departmentsDefined(), unitRegistered('huyen-a', 'UBND huyện A'))
      .when({ ...registerSoTuPhap, unitId: 'xa-b', name: 'UBND xã B', parentId: 'huyen-a', validFrom: '2020-01-01', validTo: '2025-06-30' })
      .then(
        newEvent('UnitRegistered', {
          cycleId: CYCLE,
          unitId: 'xa-b',
          name: 'UBND xã B',
          groupId: 'departments',
          parentId: 'huyen-a',
          validFrom: '2020-01-01',
          validTo: '2025-06-30',
        }),
      ));

  it('units may still be registered while the cycle is open (a merger mid-year)', () =>
    given(cycleDecider, ...opened())
      .when({ ...registerSoTuPhap, unitId: 'so-moi', name: 'Sở mới' })
      .then(unitRegistered('so-moi', 'Sở mới')));

  it('registering the same unit again decides nothing', () =>
    given(cycleDecider, ...inSetup())
      .when(registerSoTuPhap)
      .then());

  it('registering Sở Tư pháp again under another name → UNIT_ALREADY_REGISTERED (names change by a rename)', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...registerSoTuPhap, name: 'Sở Tư pháp mới' })
      .thenRejects('UNIT_ALREADY_REGISTERED'));

  it('a unit in a group that is not defined → GROUP_UNKNOWN', () => given(cycleDecider, cycleCreated()).when(registerSoTuPhap).thenRejects('GROUP_UNKNOWN'));

  it('a commune under a district not registered yet → UNIT_PARENT_UNKNOWN', () =>
    given(cycleDecider, cycleCreated(), departmentsDefined())
      .when({ ...registerSoTuPhap, unitId: 'xa-b', parentId: 'huyen-a' })
      .thenRejects('UNIT_PARENT_UNKNOWN'));

  it('validTo before validFrom → VALIDITY_INVALID', () =>
    given(cycleDecider, cycleCreated(), departmentsDefined())
      .when({ ...registerSoTuPhap, validFrom: '2025-07-01', validTo: '2025-06-30' })
      .thenRejects('VALIDITY_INVALID'));

  it('a validity date written 30/06/2025 → DATE_INVALID', () =>
    given(cycleDecider, cycleCreated(), departmentsDefined())
      .when({ ...registerSoTuPhap, validTo: '30/06/2025' })
      .thenRejects('DATE_INVALID'));

  it('registering after the cycle closed → CYCLE_CLOSED', () =>
    given(cycleDecider, ...opened(), newEvent('CycleClosed', { cycleId: CYCLE }))
      .when({ ...registerSoTuPhap, unitId: 'so-moi' })
      .thenRejects('CYCLE_CLOSED'));
});

describe('Cycle: renaming units', () => {
  it('after the merger Sở Tư pháp bears a new name from 1 July; its id stays', () =>
    given(cycleDecider, ...opened())
      .when({ ...asAdmin, type: 'RenameUnit', unitId: 'so-tu-phap', name: 'Sở Tư pháp tỉnh Quảng Ngãi', validFrom: '2025-07-01' })
      .then(renamed));

  it('the name in force on a date is answered from the history', () => {
    const unit = foldEvents(cycleDecider, [...opened(), renamed]).units.get('so-tu-phap')!;
    expect([unitNameOn(unit, '2025-06-30'), unitNameOn(unit, '2025-07-01'), unit.name]).toEqual([
      'Sở Tư pháp',
      'Sở Tư pháp tỉnh Quảng Ngãi',
      'Sở Tư pháp tỉnh Quảng Ngãi',
    ]);
  });

  it('renaming to the name it already bears decides nothing', () =>
    given(cycleDecider, ...opened(), renamed)
      .when({ ...asAdmin, type: 'RenameUnit', unitId: 'so-tu-phap', name: 'Sở Tư pháp tỉnh Quảng Ngãi', validFrom: '2025-07-01' })
      .then());

  it('a new name valid before the current one began → VALIDITY_INVALID', () =>
    given(cycleDecider, ...opened(), renamed)
      .when({ ...asAdmin, type: 'RenameUnit', unitId: 'so-tu-phap', name: 'Sở Tư pháp cũ', validFrom: '2025-03-01' })
      .thenRejects('VALIDITY_INVALID'));

  it('renaming a unit that is not registered → UNIT_UNKNOWN', () =>
    given(cycleDecider, ...opened())
      .when({ ...asAdmin, type: 'RenameUnit', unitId: 'so-khong-co', name: 'Sở X', validFrom: '2025-07-01' })
      .thenRejects('UNIT_UNKNOWN'));
});

describe('Cycle: applicability', () => {
  const ppp = { ...asAdmin, type: 'SetApplicability' as const, unitId: 'so-tu-phap', criterion: '6.4', applicable: false, reason: 'Đơn vị không có dự án PPP' };

  it('the admin declares 6.4 (PPP projects) not applicable to Sở Tư pháp, with a reason', () =>
    given(cycleDecider, ...inSetup())
      .when(ppp)
      .then(notApplicable('so-tu-phap', '6.4')));

  it('declaring it again decides nothing; declaring it applicable again is recorded, with its reason', () => {
    given(cycleDecider, ...inSetup(), notApplicable('so-tu-phap', '6.4'))
      .when(ppp)
      .then();
    given(cycleDecider, ...inSetup(), notApplicable('so-tu-phap', '6.4'))
      .when({ ...ppp, applicable: true, reason: 'Đơn vị được giao dự án PPP' })
      .then(newEvent('ApplicabilitySet', { cycleId: CYCLE, unitId: 'so-tu-phap', criterion: '6.4', applicable: true, reason: 'Đơn vị được giao dự án PPP' }));
  });

  it('without a reason → REASON_REQUIRED', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...ppp, reason: ' ' })
      .thenRejects('REASON_REQUIRED'));

  it('for a unit not registered → UNIT_UNKNOWN', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...ppp, unitId: 'so-khong-co' })
      .thenRejects('UNIT_UNKNOWN'));

  it('for 9.9, which the departments set does not have → CRITERION_UNKNOWN', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...ppp, criterion: '9.9' })
      .thenRejects('CRITERION_UNKNOWN'));

  it('for the whole field 6 rather than a leaf → CRITERION_UNKNOWN', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...ppp, criterion: '6' })
      .thenRejects('CRITERION_UNKNOWN'));

  it('before the unit’s set is defined → CRITERIA_SET_UNKNOWN', () =>
    given(cycleDecider, cycleCreated(), departmentsDefined(), unitRegistered('so-tu-phap', 'Sở Tư pháp')).when(ppp).thenRejects('CRITERIA_SET_UNKNOWN'));

  it('applicable given as "no" → FIELD_REQUIRED', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...ppp, applicable: 'no' as unknown as boolean })
      .thenRejects('FIELD_REQUIRED'));
});
