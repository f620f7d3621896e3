import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { auditKey, queueKey, sheetKey, sheetPath } from './appraisal.api';
import type { AppraisalSheet, CommandResult } from './appraisal.types';

/** A command on the unit's appraisal: a route under …/units/{unitId}/appraisal, its body. */
export interface AppraisalCommand {
  method: 'POST' | 'PUT';
  /** Below the appraisal, e.g. `/scores/1.1` (encoded by the caller with apiPath). */
  path: string;
  body?: unknown;
}

const CATCH_UP_POLLS = 40;
const CATCH_UP_INTERVAL_MS = 250;

/**
 * Sends a command, then waits until the sheet (a read model, a moment behind the log) shows it: the screen never
 * shows the value from before a change the user just made. The queue and the audit trail are read again after.
 */
export function useAppraisalCommand(cycleId: string, unitId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ method, path, body }: AppraisalCommand) => {
      const result = await api.send<CommandResult>(method, `${sheetPath(cycleId, unitId)}${path}`, body ?? {});
      await caughtUp(result.version);
      return result;
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queueKey(cycleId) });
      void queryClient.invalidateQueries({ queryKey: auditKey(cycleId, unitId) });
    },
  });

  async function caughtUp(version: number): Promise<void> {
    for (let poll = 0; poll < CATCH_UP_POLLS; poll++) {
      const sheet = await api.get<AppraisalSheet>(sheetPath(cycleId, unitId));
      queryClient.setQueryData(sheetKey(cycleId, unitId), sheet);
      if (sheet.version >= version) return;
      await new Promise((resolve) => setTimeout(resolve, CATCH_UP_INTERVAL_MS));
    }
  }
}
