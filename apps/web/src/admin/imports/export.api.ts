import { useMutation } from '@tanstack/react-query';
import { API_BASE } from '../../api/api-client';
import { apiPath } from '../../api/api-path';
import { networkProblem, problemOf } from '../../api/api-problem';
import { readToken } from '../../auth/token-store';

export type ExportFormat = 'xlsx' | 'json';

/**
 * GET /api/v1/cycles/{id}/export?format=: the cycle file, saved by the browser under the name the gateway gives.
 * A link cannot carry the bearer token, so the file is fetched and handed to the browser as a download.
 */
export function useExportCycle() {
  return useMutation({
    mutationFn: async ({ cycleId, format }: { cycleId: string; format: ExportFormat }) => {
      const token = readToken();
      let response: Response;
      try {
        response = await fetch(`${API_BASE}${apiPath`/cycles/${cycleId}/export`}?format=${format}`, {
          headers: { accept: '*/*', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        });
      } catch (error) {
        throw networkProblem(error);
      }
      if (!response.ok) throw await problemOf(response);
      saveAs(await response.blob(), `${cycleId}.${format}`);
    },
  });
}

function saveAs(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
