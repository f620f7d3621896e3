import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { followReadModel } from './follow-read-model';
import { samePoints } from './points';
import { appraisalKey, auditKey, progressKey, sheetKey, unitPath, type AppraisalSheet, type Evidence, type SelfAssessmentSheet } from './self-assessment.api';

/** A leaf's draft as PUT …/self-assessment/scores/{criterion} takes it. */
export interface ScoreDraft {
  points: string;
  evidence: Evidence[];
  note?: string;
}

export interface ExplanationDraft {
  criterion: string;
  text: string;
  evidence: Evidence[];
}

/**
 * The commands of the unit's reporter and head. Each resolves once the sheet it changed reads back changed, and
 * then the figures derived from it (progress) are read again: the totals move when the save is reported.
 */
export function useSelfAssessmentCommands(cycleId: string, unitId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const unit = unitPath(cycleId, unitId);

  const followSheet = async (caughtUp: (sheet: SelfAssessmentSheet) => boolean) => {
    const sheet = await followReadModel(() => api.get<SelfAssessmentSheet>(`${unit}/self-assessment`), caughtUp);
    queryClient.setQueryData(sheetKey(cycleId, unitId), sheet);
    await queryClient.invalidateQueries({ queryKey: progressKey(cycleId, unitId) });
  };
  const leafIn = (sheet: SelfAssessmentSheet, criterion: string) => sheet.leaves.find((leaf) => leaf.criterion === criterion);

  const save = useMutation({
    mutationFn: ({ criterion, draft }: { criterion: string; draft: ScoreDraft }) =>
      api.send('PUT', `${unit}/self-assessment/scores/${encodeURIComponent(criterion)}`, draft),
    onSuccess: (_, { criterion, draft }) =>
      followSheet((sheet) => {
        const leaf = leafIn(sheet, criterion);
        return !!leaf && samePoints(leaf.points, draft.points) && leaf.evidence.length === draft.evidence.length && (leaf.note ?? '') === (draft.note ?? '');
      }),
  });

  const clear = useMutation({
    mutationFn: (criterion: string) => api.send('DELETE', `${unit}/self-assessment/scores/${encodeURIComponent(criterion)}`),
    onSuccess: (_, criterion) => followSheet((sheet) => leafIn(sheet, criterion)?.points === null),
  });

  const submit = useMutation({
    mutationFn: () => api.send('POST', `${unit}/self-assessment/submit`),
    onSuccess: () => followSheet((sheet) => sheet.status === 'submitted'),
  });

  const explain = useMutation({
    mutationFn: (draft: ExplanationDraft) => api.send('POST', `${unit}/appraisal/explanations`, draft),
    onSuccess: async (_, { criterion }) => {
      const sheet = await followReadModel(
        () => api.get<AppraisalSheet>(`${unit}/appraisal`),
        (read) => read.leaves.some((leaf) => leaf.criterion === criterion && leaf.explanation !== 'none'),
      );
      queryClient.setQueryData(appraisalKey(cycleId, unitId), sheet);
      await queryClient.invalidateQueries({ queryKey: auditKey(cycleId, unitId) });
    },
  });

  return { save, clear, submit, explain };
}
