import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiPath } from '../api/api-path';

/** One revision of a cycle's published decision (GET /api/v1/cycles/{cycleId}/decisions), oldest first. */
export interface DecisionRevision {
  revision: number;
  number: string;
  date: string;
  signer: string;
  /** A correction's reason; null for the decision itself. */
  reason: string | null;
  snapshotHash: string;
  snapshotVerified: boolean;
  publishedBy: string;
  publishedAt: string;
}

/** What the province admin types to publish: the decision's number, its date (YYYY-MM-DD) and who signed it. */
export interface DecisionDraft {
  number: string;
  date: string;
  signer: string;
}

export function useDecisions(cycleId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId, 'decisions'],
    queryFn: ({ signal }) => api.get<{ revisions: DecisionRevision[] }>(apiPath`/cycles/${cycleId}/decisions`, { signal }).then((reply) => reply.revisions),
  });
}

/** POST /api/v1/cycles/{cycleId}/decisions: the results as they stand become revision 1 of the decision. */
export function usePublishDecision(cycleId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: DecisionDraft) => api.send('POST', apiPath`/cycles/${cycleId}/decisions`, draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cycles', cycleId, 'decisions'] }),
  });
}
