import { given } from '@par/testing';
import { correctedDepartmentsCriteria, departmentsCriteria, departmentsCriteriaData } from '../testing/criteria.fixture';
import { headOf, nationalViewer } from '../testing/actors';
import { asAdmin, CYCLE, cycleCreated, departmentsDefined, departmentsSetDefined, inSetup, opened, thresholds, thresholdsData } from '../testing/cycle.fixture';
import { newEvent } from '../shared/new-event';
import type { CreateCycle } from './cycle.commands';
import { cycleDecider } from './cycle.decide';

const createDemoCycle: CreateCycle = { ...asAdmin, type: 'CreateCycle', year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds };

describe('Cycle: creating it', () => {
  it('the province admin creates the 2025 cycle; the thresholds are recorded highest first with 2 places', () =>
    given(cycleDecider).when(createDemoCycle).then(cycleCreated()));

  it('creating the same cycle again decides nothing (an import replayed twice)', () => given(cycleDecider, cycleCreated()).when(createDemoCycle).then());

  it('creating demo-2025 again with another title → CYCLE_ALREADY_EXISTS', () =>
    given(cycleDecider, cycleCreated())
      .when({ ...createDemoCycle, title: 'Chỉ số khác' })
      .thenRejects('CYCLE_ALREADY_EXISTS'));

  it('a year written as 25 → CYCLE_YEAR_INVALID', () =>
    given(cycleDecider)
      .when({ ...createDemoCycle, year: 25 })
      .thenRejects('CYCLE_YEAR_INVALID'));

  it('a cycle without a title → FIELD_REQUIRED naming title', () =>
    expect(() => cycleDecider.decide({ ...createDemoCycle, title: '  ' }, cycleDecider.initialState())).toThrow(
      expect.objectContaining({ code: 'FIELD_REQUIRED', field: 'title' }),
    ));

  it('two classes with the same minIndex → the domain code THRESHOLD_MIN_INDEX_DUPLICATE and its field, unchanged', () => {
    const clash = [...thresholds.slice(0, 4), { class: 'KEM', label: 'Kém', minIndex: 65 }];
    expect(() => cycleDecider.decide({ ...createDemoCycle, thresholds: clash }, cycleDecider.initialState())).toThrow(
      expect.objectContaining({ code: 'THRESHOLD_MIN_INDEX_DUPLICATE', field: 'thresholds[4].minIndex' }),
    );
  });

  it('a unit head cannot create a cycle → ROLE_NOT_ALLOWED', () =>
    given(cycleDecider)
      .when({ ...createDemoCycle, actor: headOf('so-tu-phap') })
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('the national viewer never writes → ROLE_NOT_ALLOWED', () =>
    given(cycleDecider, ...opened())
      .when({ cycleId: CYCLE, actor: nationalViewer, type: 'CloseCycle' })
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('defining a group in a cycle nobody created → CYCLE_NOT_FOUND', () =>
    given(cycleDecider)
      .when({ ...asAdmin, type: 'DefineGroup', groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' })
      .thenRejects('CYCLE_NOT_FOUND'));
});

describe('Cycle: groups and criteria sets during setup', () => {
  it('the admin defines the departments group on the departments set (the cycle thresholds apply)', () =>
    given(cycleDecider, cycleCreated())
      .when({ ...asAdmin, type: 'DefineGroup', groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' })
      .then(departmentsDefined()));

  it('the districts group gets its own thresholds', () =>
    given(cycleDecider, cycleCreated())
      .when({ ...asAdmin, type: 'DefineGroup', groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts', thresholds })
      .then(
        newEvent('GroupDefined', { cycleId: CYCLE, groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts', thresholds: thresholdsData }),
      ));

  it('redefining a group during setup replaces it', () =>
    given(cycleDecider, cycleCreated(), departmentsDefined())
      .when({ ...asAdmin, type: 'DefineGroup', groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments-v2' })
      .then(
        newEvent('GroupDefined', { cycleId: CYCLE, groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments-v2', thresholds: null }),
      ));

  it('defining a group once the cycle is open → CYCLE_NOT_IN_SETUP', () =>
    given(cycleDecider, ...opened())
      .when({ ...asAdmin, type: 'DefineGroup', groupId: 'communes', name: 'UBND cấp xã', criteriaSetId: 'set-departments' })
      .thenRejects('CYCLE_NOT_IN_SETUP'));

  it('the admin defines the departments set; points are recorded with exactly 2 places', () =>
    given(cycleDecider, cycleCreated())
      .when({ ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-departments', criteria: departmentsCriteria })
      .then(departmentsSetDefined()));

  it('the same set written with strings ("1.00") instead of numbers is the same set: nothing decided', () =>
    given(cycleDecider, cycleCreated(), departmentsSetDefined())
      .when({ ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-departments', criteria: departmentsCriteriaData })
      .then());

  it('a set with no criteria → CRITERIA_SET_EMPTY', () =>
    given(cycleDecider, cycleCreated())
      .when({ ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-empty', criteria: [] })
      .thenRejects('CRITERIA_SET_EMPTY'));

  it('a leaf of max 1 on a step of 0.3 → the domain code METHOD_MAX_OFF_STEP at criteria[1.1].method.step, every problem listed', () => {
    const broken = [
      {
        code: '1',
        title: 'Chỉ đạo',
        children: [
          { code: '1.1', title: 'Kế hoạch', maxPoints: 1, method: { kind: 'manual' as const, step: 0.3 }, source: 'self' as const },
          { code: '1.2', title: 'Báo cáo', maxPoints: 1, source: 'self' as const },
        ],
      },
    ];
    try {
      cycleDecider.decide(
        { ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-x', criteria: broken },
        cycleDecider.evolve(cycleDecider.initialState(), cycleCreated()),
      );
      throw new Error('expected a rejection');
    } catch (error) {
      expect(error).toMatchObject({ code: 'METHOD_MAX_OFF_STEP', field: 'criteria[1.1].method.step' });
      expect((error as { problems: { code: string }[] }).problems.map((problem) => problem.code)).toEqual(['METHOD_MAX_OFF_STEP', 'LEAF_METHOD_MISSING']);
    }
  });

  it('changing a set once the cycle is open → CRITERIA_SET_FROZEN (a correction with a reason is the way)', () =>
    given(cycleDecider, ...opened())
      .when({ ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-departments', criteria: correctedDepartmentsCriteria })
      .thenRejects('CRITERIA_SET_FROZEN'));

  it('defining the frozen set again exactly as it is decides nothing (the import replayed)', () =>
    given(cycleDecider, ...opened())
      .when({ ...asAdmin, type: 'DefineCriteriaSet', criteriaSetId: 'set-departments', criteria: departmentsCriteria })
      .then());
});

describe('Cycle: deadlines', () => {
  it('the admin sets the self-assessment due date and a 7-day explanation window', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...asAdmin, type: 'SetDeadlines', selfAssessmentDue: '2025-11-15', explanationWindowDays: 7 })
      .then(newEvent('DeadlinesSet', { cycleId: CYCLE, selfAssessmentDue: '2025-11-15', explanationWindowDays: 7 })));

  it('the due date can move while the cycle is open; the same deadlines again decide nothing', () => {
    const set = newEvent('DeadlinesSet', { cycleId: CYCLE, selfAssessmentDue: '2025-11-15', explanationWindowDays: 7 });
    given(cycleDecider, ...opened(), set)
      .when({ ...asAdmin, type: 'SetDeadlines', selfAssessmentDue: '2025-11-20T17:00:00+07:00', explanationWindowDays: 7 })
      .then(newEvent('DeadlinesSet', { cycleId: CYCLE, selfAssessmentDue: '2025-11-20T17:00:00+07:00', explanationWindowDays: 7 }));
    given(cycleDecider, ...opened(), set)
      .when({ ...asAdmin, type: 'SetDeadlines', selfAssessmentDue: '2025-11-15', explanationWindowDays: 7 })
      .then();
  });

  it('a due date written 15/11/2025 → DATE_INVALID', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...asAdmin, type: 'SetDeadlines', selfAssessmentDue: '15/11/2025', explanationWindowDays: 7 })
      .thenRejects('DATE_INVALID'));

  it('an explanation window of 0 days → EXPLANATION_WINDOW_INVALID', () =>
    given(cycleDecider, ...inSetup())
      .when({ ...asAdmin, type: 'SetDeadlines', selfAssessmentDue: '2025-11-15', explanationWindowDays: 0 })
      .thenRejects('EXPLANATION_WINDOW_INVALID'));
});
