import { API_BASE } from '../api/api-client';
import { networkProblem, problemOf } from '../api/api-problem';
import { apiPath } from '../api/api-path';
import { readToken } from '../auth/token-store';

/**
 * GET /api/v1/cycles/{cycleId}/results.xlsx, saved as the browser saves a download. The API client reads JSON
 * only; this is its one binary read, with the same bearer token and the same refusals (ApiProblem).
 */
export async function downloadResultsWorkbook(cycleId: string): Promise<void> {
  const token = readToken();
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${apiPath`/cycles/${cycleId}/results.xlsx`}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw networkProblem(error);
  }
  if (!response.ok) throw await problemOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `ket-qua-${cycleId}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by now; the object URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
