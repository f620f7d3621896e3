import { SubmissionsError } from '../shared/submissions-error';

/** The cycle's refusals, worded for the province admin who set it up. */
export const CycleErrors = {
  notFound: (cycleId: string) => new SubmissionsError('CYCLE_NOT_FOUND', `cycle "${cycleId}" does not exist`, { field: 'cycleId', value: cycleId }),
  alreadyExists: (cycleId: string) =>
    new SubmissionsError('CYCLE_ALREADY_EXISTS', `cycle "${cycleId}" already exists with other settings`, { field: 'cycleId', value: cycleId }),
  yearInvalid: (year: unknown) =>
    new SubmissionsError('CYCLE_YEAR_INVALID', `year ${JSON.stringify(year) ?? 'nothing'} must be a whole year between 2000 and 2100`, {
      field: 'year',
      value: year,
    }),
  notInSetup: (cycleId: string, action: string) =>
    new SubmissionsError('CYCLE_NOT_IN_SETUP', `cycle "${cycleId}" is open: ${action} only during setup`, { field: 'cycleId', value: cycleId }),
  hasNoGroups: (cycleId: string) =>
    new SubmissionsError('CYCLE_HAS_NO_GROUPS', `cycle "${cycleId}" cannot open without at least one group`, { field: 'groups', value: [] }),
  setFrozen: (criteriaSetId: string) =>
    new SubmissionsError('CRITERIA_SET_FROZEN', `criteria set "${criteriaSetId}" is frozen since the cycle opened: correct it with a reason instead`, {
      field: 'criteriaSetId',
      value: criteriaSetId,
    }),
  setUnknown: (criteriaSetId: string, field: string, whose = '') =>
    new SubmissionsError('CRITERIA_SET_UNKNOWN', `criteria set "${criteriaSetId}"${whose} is not defined in this cycle`, { field, value: criteriaSetId }),
  groupUnknown: (groupId: string) =>
    new SubmissionsError('GROUP_UNKNOWN', `group "${groupId}" is not defined in this cycle`, { field: 'groupId', value: groupId }),
  unitUnknown: (unitId: string, field = 'unitId') =>
    new SubmissionsError('UNIT_UNKNOWN', `unit "${unitId}" is not registered in this cycle`, { field, value: unitId }),
  unitAlreadyRegistered: (unitId: string) =>
    new SubmissionsError('UNIT_ALREADY_REGISTERED', `unit "${unitId}" is already registered with other details (a new name goes through a rename)`, {
      field: 'unitId',
      value: unitId,
    }),
  parentUnknown: (parentId: string) =>
    new SubmissionsError('UNIT_PARENT_UNKNOWN', `parent unit "${parentId}" is not registered in this cycle (register parents first)`, {
      field: 'parentId',
      value: parentId,
    }),
  validityInvalid: (field: string, value: string, rule: string) => new SubmissionsError('VALIDITY_INVALID', `${field} ${value} ${rule}`, { field, value }),
  criterionNotALeaf: (criterion: string, criteriaSetId: string) =>
    new SubmissionsError('CRITERION_UNKNOWN', `criterion "${criterion}" is not a scored leaf of criteria set "${criteriaSetId}"`, {
      field: 'criterion',
      value: criterion,
      criterion,
    }),
  explanationWindowInvalid: (days: unknown) =>
    new SubmissionsError(
      'EXPLANATION_WINDOW_INVALID',
      `explanationWindowDays ${JSON.stringify(days) ?? 'nothing'} must be a whole number of days, at least 1`,
      {
        field: 'explanationWindowDays',
        value: days,
      },
    ),
};
