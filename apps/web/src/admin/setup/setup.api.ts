import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { apiPath } from '../../api/api-path';
import type { CycleOverview } from '../../cycle/cycle-overview';
import { refreshSoon } from '../shared/refresh-soon';
import type { CriteriaSetView, CriterionNodeBody } from './criteria.types';

/** GET /api/v1/cycles/{cycleId} with what setup shows besides the common overview: the criteria sets. */
export interface SetupOverview extends CycleOverview {
  criteriaSets: CriteriaSetView[];
}

export interface ThresholdBody {
  class: string;
  label: string;
  minIndex: string;
}

export interface CreateCycleBody {
  cycleId: string;
  year: number;
  title: string;
  evaluator: string;
  thresholds: ThresholdBody[];
}

export interface DefineGroupBody {
  groupId: string;
  name: string;
  criteriaSetId: string;
  thresholds?: ThresholdBody[];
}

export interface DefineCriteriaSetBody {
  criteriaSetId: string;
  criteria: CriterionNodeBody[];
}

export interface RegisterUnitBody {
  unitId: string;
  name: string;
  groupId: string;
  parentId?: string;
}

export interface SetDeadlinesBody {
  selfAssessmentDue: string;
  explanationWindowDays: number;
}

/** The cycle-setup commands of apps/gateway/src/cycles/cycle-setup.controller.ts, by their path under the cycle. */
interface SetupCommands {
  groups: DefineGroupBody;
  'criteria-sets': DefineCriteriaSetBody;
  units: RegisterUnitBody;
  deadlines: SetDeadlinesBody;
  open: undefined;
}

export function useSetupOverview(cycleId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId],
    queryFn: ({ signal }) => api.get<SetupOverview>(apiPath`/cycles/${cycleId}`, { signal }),
  });
}

/** POST /api/v1/cycles: a new cycle in setup, with its thresholds. */
export function useCreateCycle() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCycleBody) => api.send('POST', '/cycles', body),
    onSuccess: (_, body) => refreshSoon(queryClient, ['cycles', body.cycleId]),
  });
}

/** POST /api/v1/cycles/{cycleId}/<command>; the overview is read again once the service has recorded it. */
export function useSetupCommand<Command extends keyof SetupCommands>(cycleId: string, command: Command) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupCommands[Command]) => api.send('POST', `${apiPath`/cycles/${cycleId}`}/${command}`, body),
    onSuccess: () => refreshSoon(queryClient, ['cycles', cycleId]),
  });
}
