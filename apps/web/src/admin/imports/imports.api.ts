import { useMutation, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { API_BASE } from '../../api/api-client';
import { apiPath } from '../../api/api-path';
import { networkProblem, problemOf, type ApiProblem } from '../../api/api-problem';
import { useSession } from '../../auth/session';
import { readToken } from '../../auth/token-store';

/** Where a problem of a cycle file is: the JSON path, or the workbook's sheet, row (as Excel counts) and column (apps/gateway/src/transfer). */
export interface TransferProblem {
  code: string;
  message: string;
  field?: string;
  sheet?: string;
  row?: number;
  column?: string;
  unit?: string;
  criterion?: string;
}

/** GET /api/v1/imports/{id}: an import's state, progress, and at its end the summary or the problems. */
export interface ImportStatus {
  id: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  fileName: string;
  format: 'json' | 'xlsx';
  cycle: string;
  requestedBy: string;
  createdAt: string;
  finishedAt: string | null;
  progress: { done: number; total: number; phase: string };
  summary: { commands: number; eventsAppended: number; seconds: number } | null;
  problems: TransferProblem[];
  problemsOmitted?: number;
}

/** A file refused before anything started (422 IMPORT_REFUSED, or the upload itself: too large, not JSON or XLSX, no network). */
export class UploadRefused extends Error {
  constructor(
    readonly problem: ApiProblem,
    readonly problems: TransferProblem[],
    readonly problemsOmitted: number,
  ) {
    super(problem.message);
    this.name = 'UploadRefused';
  }
}

export const isFinished = (status: ImportStatus | undefined) => status?.state === 'succeeded' || status?.state === 'failed';

/** Polls an import every second until it ends, starting from what the upload answered. */
export function useImportStatus(started: ImportStatus) {
  const api = useApi();
  return useQuery({
    queryKey: ['imports', started.id],
    queryFn: ({ signal }) => api.get<ImportStatus>(apiPath`/imports/${started.id}`, { signal }),
    initialData: started,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });
}

/**
 * POST /api/v1/imports (multipart, part `file`): 202 with the import's status. Sent with fetch of its own rather
 * than the API client because a refused file's problem carries `problems` (sheet, row, column…), which the
 * client's ApiProblem does not keep.
 */
export function useUploadCycleFile() {
  const { signOut } = useSession();
  return useMutation({
    mutationFn: async (file: File): Promise<ImportStatus> => {
      const token = readToken();
      const form = new FormData();
      form.append('file', file, file.name);
      let response: Response;
      try {
        response = await fetch(`${API_BASE}/imports`, {
          method: 'POST',
          headers: { accept: 'application/json, application/problem+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: form,
        });
      } catch (error) {
        throw new UploadRefused(networkProblem(error), [], 0);
      }
      if (response.ok) return (await response.json()) as ImportStatus;
      const body = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { problems?: TransferProblem[]; problemsOmitted?: number };
      const problem = await problemOf(response);
      if (response.status === 401 && token) signOut('refused');
      throw new UploadRefused(problem, Array.isArray(body.problems) ? body.problems : [], body.problemsOmitted ?? 0);
    },
  });
}
