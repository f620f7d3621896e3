import { foldEvents } from '@par/event-store';
import { given } from '@par/testing';
import { parseSubmissionsEvent, type CycleEvent } from '../contracts';
import { eventMetadata } from '../shared/event-metadata';
import { newEvent } from '../shared/new-event';
import { provinceAdmin } from '../testing/actors';
import { correctedDepartmentsCriteria, departmentsCriteria, districtsCriteria } from '../testing/criteria.fixture';
import { asAdmin, CYCLE, cycleCreated, cycleOpened, departmentsDefined, inSetup, opened, thresholds } from '../testing/cycle.fixture';
import type { CycleCommand } from './cycle.commands';
import { cycleDecider } from './cycle.decide';
import { notApplicableFor } from './cycle.queries';
import { selfAssessmentContext } from './self-assessment-context';

const correction = {
  ...asAdmin,
  type: 'CorrectCriteriaSet' as const,
  criteriaSetId: 'set-departments',
  criteria: correctedDepartmentsCriteria,
  reason: 'Sửa bước chấm 1.1, bỏ 1.2 theo Quyết định 45/QĐ-UBND',
};
const closed = newEvent('CycleClosed', { cycleId: CYCLE });

describe('Cycle: the whole setup, as the province admin runs it', () => {
  const setup: CycleCommand[] = [
    { ...asAdmin, type: 'CreateCycle', year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds },
    { ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-departments', criteria: departmentsCriteria },
    { ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-districts', criteria: districtsCriteria },
    { ...asAdmin, type: 'DefineGroup', groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' },
    { ...asAdmin, type: 'DefineGroup', groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts', thresholds },
    { ...asAdmin, type: 'RegisterUnit', unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments' },
    { ...asAdmin, type: 'RegisterUnit', unitId: 'huyen-a', name: 'UBND huyện A', groupId: 'districts', validTo: '2025-06-30' },
    { ...asAdmin, type: 'SetApplicability', unitId: 'so-tu-phap', criterion: '6.4', applicable: false, reason: 'Đơn vị không có dự án PPP' },
    { ...asAdmin, type: 'SetDeadlines', selfAssessmentDue: '2025-11-15', explanationWindowDays: 7 },
    { ...asAdmin, type: 'OpenCycle' },
  ];
  const run = (commands: CycleCommand[]) =>
    commands.reduce(
      ({ state, events }, command) => {
        const decided = cycleDecider.decide(command, state);
        return { state: decided.reduce(cycleDecider.evolve, state), events: [...events, ...decided] };
      },
      { state: cycleDecider.initialState(), events: [] as CycleEvent[] },
    );

  it('ends open with two groups, two sets at version 1, two units and 6.4 not applicable to Sở Tư pháp', () => {
    const { state, events } = run(setup);
    expect(events.map((event) => event.type)).toEqual([
      'CycleCreated',
      'CriteriaSetDefined',
      'CriteriaSetDefined',
      'GroupDefined',
      'GroupDefined',
      'UnitRegistered',
      'UnitRegistered',
      'ApplicabilitySet',
      'DeadlinesSet',
      'CycleOpened',
    ]);
    expect(state.status).toBe('open');
    expect([...state.criteriaSets.values()].map(({ criteriaSetId, version }) => `${criteriaSetId}@${version}`)).toEqual([
      'set-departments@1',
      'set-districts@1',
    ]);
    expect([...state.units.values()].map((unit) => `${unit.unitId}:${unit.groupId}`)).toEqual(['so-tu-phap:departments', 'huyen-a:districts']);
    expect(notApplicableFor(state, 'so-tu-phap')).toEqual(['6.4']);
    expect(state.deadlines).toEqual({ selfAssessmentDue: '2025-11-15', explanationWindowDays: 7 });
  });

  it('every decided event meets its published contract', () => {
    for (const event of run(setup).events) expect(parseSubmissionsEvent(event.type, event.schemaVersion, event.data)).toEqual(event);
  });

  it('replaying the same setup on the result decides nothing (importing the file twice)', () => {
    const { state } = run(setup);
    expect(setup.flatMap((command) => cycleDecider.decide(command, state))).toEqual([]);
  });

  it('hands Sở Tư pháp’s self-assessment the departments’ leaves, 6.4 not applicable, and the due date', () => {
    const context = selfAssessmentContext(run(setup).state, { cycleId: CYCLE, unitId: 'so-tu-phap', now: '2025-11-05T09:00:00+07:00' });
    expect({ ...context, leaves: context.leaves.map((leaf) => leaf.code) }).toEqual({
      cycleStatus: 'open',
      leaves: ['1.1', '1.2', '1.3', '6.4'],
      notApplicable: ['6.4'],
      selfAssessmentDue: '2025-11-15',
      now: '2025-11-05T09:00:00+07:00',
    });
  });

  it('a self-assessment context for a unit not in the cycle → UNIT_UNKNOWN; for no cycle → CYCLE_NOT_FOUND', () => {
    const now = '2025-11-05T09:00:00+07:00';
    expect(() => selfAssessmentContext(run(setup).state, { cycleId: CYCLE, unitId: 'so-khong-co', now })).toThrow(
      expect.objectContaining({ code: 'UNIT_UNKNOWN' }),
    );
    expect(() => selfAssessmentContext(cycleDecider.initialState(), { cycleId: CYCLE, unitId: 'so-tu-phap', now })).toThrow(
      expect.objectContaining({ code: 'CYCLE_NOT_FOUND' }),
    );
  });

  it('the handler records the admin as actor, role and unit, with the reason of the decision', () =>
    expect(eventMetadata(setup[7] as { actor: typeof provinceAdmin; reason: string })).toEqual({
      actor: 'nguyen.thi.noivu',
      role: 'PROVINCE_ADMIN',
      actorUnitId: 'so-noi-vu',
      reason: 'Đơn vị không có dự án PPP',
    }));
});

describe('Cycle: opening', () => {
  it('opening freezes the departments set at version 1', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...asAdmin, type: 'OpenCycle' })
      .then(cycleOpened()));

  it('opening an open cycle again decides nothing', () =>
    given(cycleDecider, ...opened())
      .when({ ...asAdmin, type: 'OpenCycle' })
      .then());

  it('a cycle without groups cannot open → CYCLE_HAS_NO_GROUPS', () =>
    given(cycleDecider, cycleCreated())
      .when({ ...asAdmin, type: 'OpenCycle' })
      .thenRejects('CYCLE_HAS_NO_GROUPS'));

  it('a group whose set was never defined → CRITERIA_SET_UNKNOWN naming the group', () =>
    expect(() => cycleDecider.decide({ ...asAdmin, type: 'OpenCycle' }, foldEvents(cycleDecider, [cycleCreated(), departmentsDefined()]))).toThrow(
      expect.objectContaining({ code: 'CRITERIA_SET_UNKNOWN', field: 'groups[departments].criteriaSetId' }),
    ));

  it('a closed cycle cannot open again → CYCLE_CLOSED', () =>
    given(cycleDecider, ...opened(), closed)
      .when({ ...asAdmin, type: 'OpenCycle' })
      .thenRejects('CYCLE_CLOSED'));
});

describe('Cycle: correcting a frozen criteria set', () => {
  it('the province admin corrects the departments’ set after opening with a reason → version 2', () =>
    given(cycleDecider, ...opened())
      .when(correction)
      .thenMatches({
        type: 'CriteriaSetCorrected',
        data: {
          cycleId: CYCLE,
          criteriaSetId: 'set-departments',
          version: 2,
          reason: correction.reason,
          criteria: [{ code: '1', children: [{ code: '1.1', method: { step: '0.50' } }, { code: '1.3' }] }, { code: '6' }],
        },
      }));

  it('a second correction makes version 3; the units then see the corrected leaves', () => {
    const v2 = cycleDecider.decide(correction, foldEvents(cycleDecider, opened()));
    const v3 = cycleDecider.decide({ ...correction, criteria: departmentsCriteria, reason: 'Khôi phục 1.2' }, foldEvents(cycleDecider, [...opened(), ...v2]));
    expect(v3).toMatchObject([{ type: 'CriteriaSetCorrected', data: { version: 3 } }]);
    const afterV2 = foldEvents(cycleDecider, [...opened(), ...v2]);
    expect(
      afterV2.criteriaSets
        .get('set-departments')!
        .tree.leaves()
        .map((leaf) => leaf.code),
    ).toEqual(['1.1', '1.3', '6.4']);
  });

  it('a correction identical to the set in force decides nothing', () =>
    given(cycleDecider, ...opened())
      .when({ ...correction, criteria: departmentsCriteria })
      .then());

  it('without a reason → REASON_REQUIRED', () =>
    given(cycleDecider, ...opened())
      .when({ ...correction, reason: '' })
      .thenRejects('REASON_REQUIRED'));

  it('during setup the set is simply defined again → CYCLE_NOT_OPEN', () =>
    given(cycleDecider, ...inSetup())
      .when(correction)
      .thenRejects('CYCLE_NOT_OPEN'));

  it('a set the cycle does not have → CRITERIA_SET_UNKNOWN', () =>
    given(cycleDecider, ...opened())
      .when({ ...correction, criteriaSetId: 'set-communes' })
      .thenRejects('CRITERIA_SET_UNKNOWN'));

  it('a corrected leaf with maxPoints written 1e21 → the domain code POINTS_MALFORMED at its criteria path', () =>
    expect(() =>
      cycleDecider.decide(
        { ...correction, criteria: [{ code: '1', title: 'Chỉ đạo', maxPoints: '1e21', method: { kind: 'allOrNothing' }, source: 'self' }] },
        foldEvents(cycleDecider, opened()),
      ),
    ).toThrow(expect.objectContaining({ code: 'POINTS_MALFORMED', field: 'criteria[1].maxPoints' })));
});

describe('Cycle: closing', () => {
  it('the admin closes the open cycle', () =>
    given(cycleDecider, ...opened())
      .when({ ...asAdmin, type: 'CloseCycle' })
      .then(closed));

  it('closing it again decides nothing', () =>
    given(cycleDecider, ...opened(), closed)
      .when({ ...asAdmin, type: 'CloseCycle' })
      .then());

  it('a cycle still in setup cannot close → CYCLE_NOT_OPEN', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...asAdmin, type: 'CloseCycle' })
      .thenRejects('CYCLE_NOT_OPEN'));
});
